import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportingDutySchedule } from "../../../contract/committee-reports";
import { reminderDue } from "../../../domain/reporting-schedule";
import { builtInCommittee, concept, measure, partner, scopeOf } from "../../../testing/factories";
import { requireHalfYearlyReport, startSmtpCapture } from "../../../testing/smtp-capture";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { type Mailer, mailerFromEnv } from "../../platform/mail/mailer";
import { runReminderJob } from "./reminder-job";

/** The scheduled reminders against a local SMTP test server: each due request goes out once. */
describe("scheduled progress-update requests (local SMTP test server)", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let capture: Awaited<ReturnType<typeof startSmtpCapture>>;
  let smtp: Mailer;
  let duty: ReportingDutySchedule;
  const received = () => capture.received;
  // No meeting is scheduled: updates are due 2025-05-26, the paper 2025-06-09.
  const today = "2025-05-20";
  const log = { info: () => {}, error: () => {} };

  beforeAll(async () => {
    capture = await startSmtpCapture();
    smtp = mailerFromEnv({ KURS_SMTP_URL: `smtp://127.0.0.1:${capture.port}?ignoreTLS=true` });

    process.env.KURS_TODAY = today;
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    await requireHalfYearlyReport(t);
    // Two partners with a contact address on measures without an update in the period.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    await concept(scope, { committeeId: council.id, decidedOn: "2023-03-15" });
    for (const contactEmail of ["kontakt-vhs@example.org", "kontakt-jobcenter@example.org"]) {
      const provider = await partner(scope, { contactEmail });
      await measure(scope, { partnerIds: [provider.id], leadPartnerId: provider.id });
    }
    duty = (await t.app.inject({ url: "/api/v1/reporting-duties", headers: editor })).json<{
      items: ReportingDutySchedule[];
    }>().items[0] as ReportingDutySchedule;
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
    await capture.close();
  });

  const claims = () =>
    t.database.query<{ recipient: string; sent_by: string; period_to: string }>(
      "select recipient, sent_by, period_to::text from report_reminder order by recipient",
    );

  it("the duty's requests are due on the test day", () => {
    expect(duty.missingUpdates).toBeGreaterThan(0);
    expect(reminderDue(duty, today)).toBe(true);
  });

  it("without SMTP claims nothing, so the requests go out once a server is configured", async () => {
    const unconfigured = mailerFromEnv({});
    expect(await runReminderJob(t.database.db, { today, mailer: unconfigured, log })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await claims()).toEqual([]);
  });

  it("a failed delivery releases its claim (the next run tries again)", async () => {
    const broken: Mailer = {
      configured: true,
      send: async () => {
        throw new Error("SMTP nicht erreichbar");
      },
    };
    const result = await runReminderJob(t.database.db, { today, mailer: broken, log });
    expect(result.sent).toBe(0);
    expect(result.failed).toBeGreaterThan(0);
    expect(await claims()).toEqual([]);
    expect(received()).toHaveLength(0);
  });

  it("two concurrent runs send exactly one mail per recipient; a later run (restart) sends none", async () => {
    const [a, b] = await Promise.all([
      runReminderJob(t.database.db, { today, mailer: smtp, log }),
      runReminderJob(t.database.db, { today, mailer: smtp, log }),
    ]);
    const recorded = await claims();
    expect(recorded.map((r) => r.recipient)).toEqual([
      "kontakt-jobcenter@example.org",
      "kontakt-vhs@example.org",
    ]);
    expect(a.sent + b.sent).toBe(recorded.length);
    expect(a.failed + b.failed).toBe(0);
    const recipients = received()
      .flatMap((m) => m.to)
      .sort();
    expect(recipients).toEqual(recorded.map((r) => r.recipient));
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(recorded.every((r) => r.sent_by === "scheduler" && r.period_to === duty.period.to)).toBe(
      true,
    );
    expect(received()[0]?.body).toMatch(/Sachstand/);

    const again = await runReminderJob(t.database.db, { today, mailer: smtp, log });
    expect(again).toEqual({ sent: 0, failed: 0 });
    expect(received().flatMap((m) => m.to)).toHaveLength(recorded.length);

    const audit = await t.database.query<{ actor: string; after: { sent: number } }>(
      "select actor, after from audit_event where action = 'reportingDuty.remind'",
    );
    // One audit entry per run that sent something (concurrent runs may split the recipients).
    expect(audit.every((a) => a.actor === "scheduler")).toBe(true);
    expect(audit.reduce((sum, a) => sum + a.after.sent, 0)).toBe(recorded.length);
  });

  it("outside the reminder window nothing is sent", async () => {
    const before = received().length;
    const early = "2024-04-01";
    expect(await runReminderJob(t.database.db, { today: early, mailer: smtp, log })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(received()).toHaveLength(before);
  });
});
