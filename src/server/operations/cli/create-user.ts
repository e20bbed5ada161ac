import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { roleSchema } from "../../../contract/auth";
import { DomainError } from "../../../domain/errors";
import { createUser } from "../../platform/auth/accounts";
import { setBreakGlass } from "../../platform/auth/break-glass";
import type { Database } from "../../platform/db/database";
import { tenantDb } from "../../platform/db/tenant-scope";
import { message } from "../../platform/http/messages";
import { resolveDefaultTenant } from "../../platform/tenancy/request-context";
import { seedRotenburg } from "../seed/seed";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Asks twice without echoing what is typed. */
async function promptPassword(): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(question);
      muted = true;
      rl.question("", (answer) => {
        muted = false;
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  try {
    const first = await ask("Passwort (mindestens 12 Zeichen): ");
    const second = await ask("Passwort wiederholen: ");
    if (first !== second) throw new Error("Die beiden Eingaben stimmen nicht überein.");
    return first;
  } finally {
    rl.close();
  }
}

async function partnerIdByName(database: Database, tenantId: string, name: string) {
  const rows = await database.query<{ id: string }>(
    "select id from partner where tenant_id = $1 and name = $2",
    [tenantId, name],
  );
  if (!rows[0]) throw new Error(`Netzwerkpartner „${name}“ gibt es nicht.`);
  return rows[0].id;
}

async function createUserCommand(
  database: Database,
  _args: string[],
  flags: Record<string, unknown>,
): Promise<void> {
  const email = typeof flags.email === "string" ? flags.email : "";
  const role = roleSchema.safeParse(flags.role);
  if (!email || !role.success) {
    throw new Error(
      "Aufruf: npm run kurs -- create-user --email ADRESSE --role admin|coordinator|partner|committee [--name NAME] [--partner ORGANISATION] [--password-stdin]",
    );
  }
  await database.migrate();
  let tenantId = await resolveDefaultTenant(database.db, process.env.KURS_TENANT || undefined);
  if (!tenantId) tenantId = (await seedRotenburg(database.db, { examples: true })).tenantId;
  // --partner NAME: a partner account reports for this organisation (partner.name).
  const partnerId =
    typeof flags.partner === "string"
      ? await partnerIdByName(database, tenantId, flags.partner)
      : null;
  const password = flags["password-stdin"] ? await readStdin() : await promptPassword();
  try {
    const user = await createUser(
      tenantDb(database.db, tenantId),
      {
        email,
        role: role.data,
        password,
        displayName: typeof flags.name === "string" ? flags.name : null,
        partnerId,
      },
      { actor: "cli:create-user" },
    );
    console.log(`Konto angelegt: ${user.email} (Rolle ${user.role}).`);
    if (user.role === "admin") {
      console.log(
        "Hinweis: Administratorinnen und Administratoren richten nach der ersten Anmeldung unter „Konto“ den zweiten Faktor (TOTP) ein; erst dann sind Verwaltungsaufgaben freigeschaltet.",
      );
    }
  } catch (error) {
    if (error instanceof DomainError) throw new Error(message("de", error.code, error.params));
    throw error;
  }
}

async function breakGlassCommand(
  database: Database,
  _args: string[],
  flags: Record<string, unknown>,
): Promise<void> {
  const email = typeof flags.email === "string" ? flags.email : "";
  if (!email) throw new Error("Aufruf: npm run kurs -- break-glass --email ADRESSE");
  await database.migrate();
  const tenantId = await resolveDefaultTenant(database.db, process.env.KURS_TENANT || undefined);
  if (!tenantId) throw new Error("Es ist noch kein Landkreis angelegt.");
  const refused = await setBreakGlass(tenantDb(database.db, tenantId), email);
  if (refused) throw new Error(refused);
  console.log(
    `Notfallkonto: ${email}. Mit KURS_LOCAL_LOGIN=0 meldet sich nur dieses Konto mit Passwort an.`,
  );
}

export const userCommands = { "create-user": createUserCommand, "break-glass": breakGlassCommand };
