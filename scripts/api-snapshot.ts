// Writes the answers of a fixed list of GET URLs (API, public site, OParl) on the seeded county
// (Rotenburg) to a folder, so that two runs — before and after a refactoring — can be compared
// byte for byte:
//
//   npx tsx scripts/api-snapshot.ts /tmp/snap-before      # on the old code
//   npx tsx scripts/api-snapshot.ts /tmp/snap-after       # on the new code
//   diff -r /tmp/snap-before /tmp/snap-after              # no output: the same answers
//
// Kurs starts in this process on a fresh in-memory PGlite, migrated and seeded with the examples,
// with a fixed "today" (KURS_TODAY, src/server/platform/clock.ts). Each role signs in with a fixed
// e-mail address (the admin enrols a second factor, like src/testing/test-app.ts).
// UUIDs count up (in this process and as the database's column defaults), so that rows ordered by
// id keep their order. What still differs between runs is replaced before writing: every UUID by
// a number in the order of its first appearance (<uuid-1>, …), every timestamp from the run's
// start on by <now>, the dates and file ID of PDFs, and the DTSTAMP of calendars. Zip files (DOCX,
// XLSX) are unpacked into their entries, with the entries' dates left out. Options: --roles=anonymous,admin (default: all).
import crypto, { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import type { Database } from "../src/server/platform/db/database";

const today = "2025-05-15";
process.env.KURS_TODAY = today;
// The admin is a platform administrator too, so that /platform/counties answers (auth/permissions.ts).
process.env.KURS_PLATFORM_ADMINS = "admin@schnappschuss.example";

// UUIDs made in this process (seed, request ids) count up instead of being random, so that rows
// ordered by id come in the same order in every run; the database's defaults are replaced below.
let uuidCounter = 0;
crypto.randomUUID = () =>
  `00000000-0000-4000-9000-${(++uuidCounter).toString(16).padStart(12, "0")}` as ReturnType<
    typeof crypto.randomUUID
  >;
syncBuiltinESMExports();

const { buildApp } = await import("../src/server/app");
const { createUser } = await import("../src/server/platform/auth/accounts");
const { base32Decode, totp } = await import("../src/server/platform/auth/totp");
const { openDatabase } = await import("../src/server/platform/db/database");
const { tenantDb } = await import("../src/server/platform/db/tenant-scope");
const { seedRotenburg } = await import("../src/server/operations/seed/seed");
const { resolveDefaultTenant } = await import("../src/server/platform/tenancy/request-context");

const outArg = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!outArg) {
  console.error(
    "Aufruf: npx tsx scripts/api-snapshot.ts <Ausgabeordner> [--roles=anonymous,admin]",
  );
  process.exit(2);
}
const outDir: string = outArg;
const allRoles = ["anonymous", "admin", "coordinator", "partner", "committee"] as const;
type RoleName = (typeof allRoles)[number];
const rolesArg = process.argv.find((a) => a.startsWith("--roles="));
const roles = (rolesArg ? rolesArg.slice(8).split(",") : allRoles) as RoleName[];

const origin = "http://localhost:80";
const password = "Schnappschuss-im-Kreishaus-2026!";
const runStarted = Date.now();

// ---------------------------------------------------------------- normalising what varies per run

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const uuidNames = new Map<string, string>();
function uuidName(uuid: string): string {
  const key = uuid.toLowerCase();
  let name = uuidNames.get(key);
  if (!name) {
    name = `<uuid-${uuidNames.size + 1}>`;
    uuidNames.set(key, name);
  }
  return name;
}
/**
 * ISO and PostgreSQL timestamps; those from this run's start until two weeks later (rows written
 * now, sessions and links that expire) vary from run to run.
 */
const timestampPattern =
  /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}(?::?\d{2})?)?/g;
function isDuringRun(text: string): boolean {
  const iso = text.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00");
  const time = Date.parse(/Z|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso}Z`);
  return (
    Number.isFinite(time) && time > runStarted - 300_000 && time < Date.now() + 14 * 86_400_000
  );
}
function normaliseText(text: string): string {
  return text
    .replace(uuidPattern, uuidName)
    .replace(timestampPattern, (t) => (isDuringRun(t) ? "<now>" : t));
}
/** Session cookies, tokens and secrets the answers may carry. */
function normaliseSecrets(text: string): string {
  return text.replace(/kurs_[A-Za-z0-9_-]{20,}/g, "<token>");
}

/** The entries of a zip file (DOCX, XLSX), in order, without their dates (central directory). */
function unzip(buffer: Buffer): { name: string; data: Buffer }[] {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) return [];
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.subarray(offset + 46, offset + 46 + nameLength).toString("utf8");
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + compressedSize);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const textTypes = /json|text|svg|xml|calendar|csv|css|html|javascript/;

function normaliseBody(type: string, body: Buffer): Buffer {
  if (body.subarray(0, 4).toString("latin1") === "PK\u0003\u0004") {
    const lines = unzip(body).map(({ name, data }) => {
      const content =
        textTypes.test(name) || /\.(xml|rels)$/.test(name) ? data.toString("utf8") : null;
      return content === null
        ? `== ${name} (sha256 ${createHash("sha256").update(data).digest("hex")})`
        : `== ${name}\n${normaliseText(content)}`;
    });
    return Buffer.from(`${lines.join("\n")}\n`);
  }
  if (/calendar/.test(type)) {
    // Unfolded (RFC 5545 folds long lines), so that a UUID split over two lines is found.
    const text = body.toString("utf8").replace(/\r?\n[ \t]/g, "");
    return Buffer.from(normaliseText(text.replace(/^DTSTAMP:.*$/gm, "DTSTAMP:<now>")));
  }
  if (/json/.test(type)) {
    const text = body.toString("utf8");
    try {
      return Buffer.from(
        `${normaliseText(normaliseSecrets(JSON.stringify(JSON.parse(text), null, 2)))}\n`,
      );
    } catch {
      return Buffer.from(normaliseText(text));
    }
  }
  if (textTypes.test(type))
    return Buffer.from(normaliseText(normaliseSecrets(body.toString("utf8"))));
  if (/pdf/.test(type)) {
    const text = body
      .toString("latin1")
      .replace(/\(D:\d{8,14}[^)]*\)/g, "(D:<date>)")
      .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/gi, "/ID [<id> <id>]");
    return Buffer.from(normaliseText(text), "latin1");
  }
  return body;
}

// ---------------------------------------------------------------- the URLs

/** Values at a path like "items[].id" ("[]" walks an array). */
function pick(json: unknown, path: string): string[] {
  let values: unknown[] = [json];
  for (const part of path.split(".")) {
    const many = part.endsWith("[]");
    const key = many ? part.slice(0, -2) : part;
    values = values.flatMap((v) => {
      const next = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
      return many ? (Array.isArray(next) ? next : []) : next === undefined ? [] : [next];
    });
  }
  return values.filter((v): v is string => typeof v === "string");
}

/** The first two values, as the URLs of the detail pages. */
const two = (values: string[]) => [...new Set(values)].slice(0, 2);

const api = "/api/v1";
const staticApi = [
  "/api/health",
  "/api/openapi.json",
  ...[
    "/auth/me",
    "/account/tokens",
    "/account/calendar-feed",
    "/audit",
    "/audit.csv",
    "/capacity",
    "/reporting-duties",
    "/report-tasks",
    "/report-drafts",
    "/committee-reports",
    "/concept",
    "/concept/timeline",
    "/council",
    "/county/paper-deadline",
    "/follow-ups",
    "/grant-programmes",
    "/grant-pipeline",
    "/grant-pipeline/providers",
    "/grant-applications",
    "/indicator-links",
    "/indicators",
    "/indicators/options",
    "/indicators/status.svg",
    "/funds",
    "/funds/by-action-field",
    "/legal/imprint",
    "/legal/privacy",
    "/legal/accessibility",
    "/measures",
    "/measures/options",
    "/measures/rollup",
    "/measures/timeline",
    "/measures/by-municipality",
    "/measures/settings",
    "/measures/export.csv",
    "/measures/export.xlsx",
    "/progress-updates/export.csv",
    "/partners",
    "/me/tasks",
    "/overview",
    "/tenant",
    "/resolutions",
    "/municipalities",
    "/county/settings",
    "/platform/counties",
    "/users",
  ].map((path) => api + path),
];

/** Detail URLs: from a list fetched before (same role), the path to its IDs, and the URLs. */
const derived: { from: string; path: string; urls: (id: string) => string[] }[] = [
  {
    from: "/concept",
    path: "versions[].id",
    urls: (id) => [`/concept/versions/${id}`, `/concept/versions/${id}/diff`],
  },
  {
    from: "/report-drafts",
    path: "items[].id",
    urls: (id) => [
      `/report-drafts/${id}`,
      ...["pdf", "docx", "html"].map((f) => `/report-drafts/${id}/report.${f}`),
    ],
  },
  {
    from: "/committee-reports",
    path: "items[].id",
    urls: (id) => [
      `/committee-reports/${id}`,
      ...["pdf", "docx", "html"].map((f) => `/committee-reports/${id}/report.${f}`),
    ],
  },
  { from: "/council", path: "committees[].id", urls: (id) => [`/committees/${id}`] },
  { from: "/council", path: "meetings[].id", urls: (id) => [`/meetings/${id}`] },
  {
    from: "/council",
    path: "papers[].id",
    urls: (id) => [`/papers/${id}`, `/papers/${id}/export.docx`, `/papers/${id}/export.pdf`],
  },
  { from: "/grant-programmes", path: "items[].id", urls: (id) => [`/grant-programmes/${id}`] },
  {
    from: "/grant-applications",
    path: "items[].id",
    urls: (id) => [
      `/grant-applications/${id}`,
      `/grant-applications/${id}/notice.docx`,
      `/grant-applications/${id}/notice.pdf`,
    ],
  },
  {
    from: "/indicators",
    path: "items[].id",
    urls: (id) => [`/indicators/${id}`, `/indicators/${id}/chart.svg`],
  },
  {
    from: "/funds",
    path: "items[].id",
    urls: (id) => [
      `/funds/${id}`,
      `/funds/${id}/bookings`,
      `/funds/${id}/outlook`,
      `/funds/${id}/outlook.svg`,
      `/funds/${id}/bookings.csv`,
      `/funds/${id}/bookings.xlsx`,
      `/funds/${id}/sources`,
    ],
  },
  {
    from: "/measures",
    path: "items[].id",
    urls: (id) => [`/measures/${id}`, `/measures/${id}/bookings`],
  },
  { from: "/measures/options", path: "partners[].id", urls: (id) => [`/partners/${id}`] },
  { from: "/resolutions", path: "items[].id", urls: (id) => [`/resolutions/${id}`] },
];

const publicLanguages = ["de", "de-x-ls", "en", "uk", "ar", "tr", "fa"];
const publicPages = [
  "",
  "massnahmen",
  "geld",
  "kennzahlen",
  "berichte",
  "daten",
  "barrierefreiheit",
  "impressum",
  "datenschutz",
];
const publicSite = [
  "/oeffentlich",
  "/oeffentlich/public.css",
  "/oeffentlich/kalender.ics",
  ...["massnahmen", "geld", "kennzahlen", "zuwendungen"].flatMap((f) => [
    `/oeffentlich/daten/${f}.csv`,
    `/oeffentlich/daten/${f}.json`,
  ]),
  ...publicLanguages.flatMap((lang) =>
    publicPages.map((page) => (page ? `/oeffentlich/${lang}/${page}` : `/oeffentlich/${lang}`)),
  ),
];

// ---------------------------------------------------------------- the run

/** Every column that defaults to gen_random_uuid() gets counting UUIDs (only in this database). */
async function countingUuids(db: Database) {
  await db.exec(`
    CREATE SEQUENCE snapshot_uuid_seq;
    GRANT USAGE ON SEQUENCE snapshot_uuid_seq TO PUBLIC;
    CREATE FUNCTION snapshot_uuid() RETURNS uuid LANGUAGE sql AS
      $$ SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(nextval('snapshot_uuid_seq')), 12, '0'))::uuid $$;
  `);
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_default LIKE '%gen_random_uuid()%'
      ORDER BY table_name, column_name`,
  );
  for (const { table_name, column_name } of columns)
    await db.exec(
      `ALTER TABLE "${table_name}" ALTER COLUMN "${column_name}" SET DEFAULT snapshot_uuid()`,
    );
}

const database = await openDatabase({ driver: "pglite", instance: new PGlite() });
await database.migrate();
await countingUuids(database);
await seedRotenburg(database.db, { examples: true });
const app = await buildApp({
  database,
  loginRateLimit: 1000,
  rateLimit: { read: 1_000_000, write: 1_000_000 },
  oidc: null,
  localLogin: true,
});
await app.ready();
const tenantId = (await resolveDefaultTenant(database.db)) ?? "";

function cookieOf(setCookie: string | string[] | undefined): string {
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const pair = raw?.split(";")[0];
  if (!pair) throw new Error("no session cookie");
  return pair;
}

async function signIn(role: Exclude<RoleName, "anonymous">): Promise<Record<string, string>> {
  const email = `${role}@schnappschuss.example`;
  let partnerId: string | undefined;
  if (role === "partner") {
    const options = await app.inject({ url: `${api}/measures/options` });
    partnerId = pick(options.json(), "partners[].id")[0];
  }
  await createUser(
    tenantDb(database.db, tenantId),
    { email, role, password, displayName: `Schnappschuss ${role}`, partnerId },
    { actor: "api-snapshot" },
  );
  const login = await app.inject({
    method: "POST",
    url: `${api}/auth/login`,
    payload: { email, password },
    headers: { origin },
  });
  if (login.statusCode !== 200) throw new Error(`login ${role}: ${login.body}`);
  const headers = { cookie: cookieOf(login.headers["set-cookie"]), origin };
  if (role === "admin") {
    const start = await app.inject({ method: "POST", url: `${api}/auth/totp/start`, headers });
    const code = totp(base32Decode(start.json<{ secret: string }>().secret), Date.now());
    const confirm = await app.inject({
      method: "POST",
      url: `${api}/auth/totp/confirm`,
      payload: { code },
      headers,
    });
    if (confirm.statusCode !== 200) throw new Error(`totp: ${confirm.body}`);
  }
  return headers;
}

const keptHeaders = [
  "content-type",
  "content-disposition",
  "content-language",
  "location",
  "cache-control",
  "link",
];

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const index: string[] = [];

async function fetchAndWrite(role: RoleName, headers: Record<string, string>, url: string) {
  const response = await app.inject({ url, headers: { ...headers, "accept-language": "de" } });
  const type = String(response.headers["content-type"] ?? "");
  const body = normaliseBody(type, response.rawPayload);
  const shownUrl = normaliseText(url);
  const head = keptHeaders
    .filter((h) => response.headers[h] !== undefined)
    .map((h) => `${h}: ${normaliseText(String(response.headers[h]))}`);
  const file = `${shownUrl.replace(/^\//, "").replace(/[^A-Za-z0-9._-]+/g, "_") || "root"}`;
  mkdirSync(join(outDir, role), { recursive: true });
  writeFileSync(join(outDir, role, `${file}.head`), `${response.statusCode}\n${head.join("\n")}\n`);
  writeFileSync(join(outDir, role, `${file}.body`), body);
  index.push(`${role}\t${response.statusCode}\t${shownUrl}\t${type}\t${body.length}`);
  return response;
}

async function oparlCrawl(headers: Record<string, string>) {
  const seen = new Set<string>();
  const get = async (url: string) => {
    if (seen.has(url)) return null;
    seen.add(url);
    const response = await fetchAndWrite("anonymous", headers, url);
    return response.statusCode === 200 ? (response.json() as unknown) : null;
  };
  const local = (id: string) => id.replace(/^https?:\/\/[^/]+/, "");
  await get("/oparl/v1/");
  const bodies = await get("/oparl/v1/bodies");
  for (const body of two(pick(bodies, "data[].id")).map(local)) {
    const detail = await get(body);
    for (const key of ["organization", "person", "meeting", "paper"]) {
      for (const list of pick(detail, key).map(local)) {
        const page = await get(list);
        for (const object of two(pick(page, "data[].id")).map(local)) await get(object);
      }
    }
  }
}

for (const role of roles) {
  const headers = role === "anonymous" ? {} : await signIn(role);
  const answers = new Map<string, unknown>();
  for (const url of staticApi) {
    const response = await fetchAndWrite(role, headers, url);
    if (response.statusCode === 200 && /json/.test(String(response.headers["content-type"])))
      answers.set(url.replace(api, ""), response.json());
  }
  for (const { from, path, urls } of derived) {
    for (const id of two(pick(answers.get(from), path)))
      for (const url of urls(id)) await fetchAndWrite(role, headers, api + url);
  }
  if (role === "anonymous") {
    for (const url of publicSite) await fetchAndWrite(role, headers, url);
    // The published final reports, as the public page of reports links them.
    const page = await app.inject({ url: "/oeffentlich/de/berichte" });
    const links = page.body.match(/\/oeffentlich\/berichte\/[0-9a-f-]{36}\/bericht\.(html|pdf)/g);
    for (const url of [...new Set(links ?? [])].slice(0, 4))
      await fetchAndWrite(role, headers, url);
    await oparlCrawl(headers);
  }
}

writeFileSync(join(outDir, "index.tsv"), `${index.join("\n")}\n`);
console.log(
  `${index.length} Antworten in ${outDir} (${Math.round((Date.now() - runStarted) / 1000)} s, heute = ${today})`,
);
await app.close();
await database.close();
