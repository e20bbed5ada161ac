import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantFixtures } from "../../../testing/grant-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import type { Mailer, OutgoingMail } from "../../platform/mail/mailer";
import { runProofReminderJob } from "./proof-reminders";

/**
 * Proof-of-use reminders on a fake clock (the job is given its day). The second organisation has
 * two grants without a proof, both due 30.06.2025 (period end 31.12.2024 + 6 months); the
 * Volkshochschule's proof is confirmed and its other application not granted: it gets nothing.
 */
describe("proof-of-use reminders: four weeks before and once overdue, each once", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let fx: Awaited<ReturnType<typeof grantFixtures>>;
  const outbox: OutgoingMail[] = [];
  const mailer: Mailer = { configured: true, send: async (mail) => void outbox.push(mail) };
  const log = { info: () => {}, error: () => {} };
  const run = (today: string, with_ = mailer) =>
    runProofReminderJob(t.database.db, { today, mailer: with_, log });
  const claims = () =>
    t.database.query<{ application_id: string; kind: string; due_on: string; recipient: string }>(
      "select application_id, kind, due_on::text, recipient from grant_proof_reminder order by kind, application_id",
    );

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-05-15";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    fx = await grantFixtures(t, office);
    await t.database.query("update partner set contact_email = $2 where id = $1", [
      fx.other.id,
      "foerderung@traeger.example.org",
    ]);
    await t.database.query("update partner set contact_email = $2 where id = $1", [
      fx.vhs.id,
      "vhs@example.org",
    ]);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("before the four weeks, and without SMTP, nothing is sent or claimed", async () => {
    expect(await run("2025-06-01")).toEqual({ sent: 0, failed: 0 });
    expect(await run("2025-06-10", { configured: false, send: async () => {} })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(outbox).toEqual([]);
    expect(await claims()).toEqual([]);
  });

  it("a failed delivery releases its claim (the next run tries again)", async () => {
    const broken: Mailer = {
      configured: true,
      send: async () => {
        throw new Error("SMTP nicht erreichbar");
      },
    };
    expect(await run("2025-06-02", broken)).toEqual({ sent: 0, failed: 2 });
    expect(await claims()).toEqual([]);
  });

  it("due soon: one mail per grant to the organisation's contact, once across concurrent runs and reruns", async () => {
    const [a, b] = await Promise.all([run("2025-06-02"), run("2025-06-02")]);
    expect(a.sent + b.sent).toBe(2);
    expect(a.failed + b.failed).toBe(0);
    expect(outbox.map((m) => m.to)).toEqual([
      "foerderung@traeger.example.org",
      "foerderung@traeger.example.org",
    ]);
    expect(outbox.map((m) => m.subject).sort()).toEqual([
      "Erinnerung: Verwendungsnachweis für „Elterncafé“ fällig am 30.06.2025",
      "Erinnerung: Verwendungsnachweis für „Sprachkurs A2“ fällig am 30.06.2025",
    ]);
    expect(outbox[0]?.text).toContain("Bescheid 50.2-2024/00");
    expect(outbox[0]?.text).toContain("Verwendungsnachweis am 30.06.2025 fällig");
    expect(await claims()).toEqual(
      [fx.applications.otherCafe, fx.applications.otherCourse].sort().map((id) => ({
        application_id: id,
        kind: "dueSoon",
        due_on: "2025-06-30",
        recipient: "foerderung@traeger.example.org",
      })),
    );
    expect(await run("2025-06-02")).toEqual({ sent: 0, failed: 0 });
    expect(await run("2025-06-30")).toEqual({ sent: 0, failed: 0 });
    expect(outbox).toHaveLength(2);
  });

  it("a submitted proof stops the reminders; overdue goes out once, to the partner account too", async () => {
    process.env.KURS_TODAY = "2025-06-25";
    const proof = await t.app.inject({
      method: "POST",
      url: `/api/v1/grant-applications/${fx.applications.otherCafe}/proof`,
      headers: office,
      payload: {
        report: "Zehn Elterncafés.",
        actualCosts: [
          { costKind: "fees", amountCents: 500_000 },
          { costKind: "material", amountCents: 125_000 },
        ],
        actualThirdPartyCents: 0,
      },
    });
    expect(proof.statusCode, proof.body).toBe(201);
    // A partner account of the organisation hears of it too (the contact is an organisation's).
    await t.signIn("partner");
    const [account] = await t.database.query<{ email: string }>(
      "update app_user set partner_id = $1 where role = 'partner' returning email",
      [fx.other.id],
    );

    outbox.length = 0;
    expect(await run("2025-07-01")).toEqual({ sent: 2, failed: 0 });
    expect(outbox.map((m) => m.to).sort()).toEqual(
      [account?.email, "foerderung@traeger.example.org"].sort(),
    );
    for (const mail of outbox) {
      expect(mail.subject).toBe(
        "Verwendungsnachweis für „Sprachkurs A2“ überfällig seit 30.06.2025",
      );
      expect(mail.text).toContain("Er liegt uns noch nicht vor.");
    }
    expect(await run("2025-07-01")).toEqual({ sent: 0, failed: 0 });
    expect(await run("2025-08-15")).toEqual({ sent: 0, failed: 0 });
    expect(outbox).toHaveLength(2);
    expect((await claims()).filter((c) => c.kind === "overdue")).toHaveLength(2);
  });

  it("every run that sent something is audited per application, by the scheduler", async () => {
    const audit = await t.database.query<{
      actor: string;
      entity_type: string;
      entity_id: string;
      after: { kind: string; sent: number };
    }>(
      "select actor, entity_type, entity_id, after from audit_event where action = 'grantProof.remind'",
    );
    expect(
      audit.every((a) => a.actor === "scheduler" && a.entity_type === "grantApplication"),
    ).toBe(true);
    const sum = (kind: string) =>
      audit.filter((a) => a.after.kind === kind).reduce((n, a) => n + a.after.sent, 0);
    expect(sum("dueSoon")).toBe(2);
    expect(sum("overdue")).toBe(2);
    expect(audit.map((a) => a.entity_id)).not.toContain(fx.applications.vhsCourse);
  });
});
