import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportingDutySchedule } from "../../../contract/committee-reports";
import { builtInCommittee, concept, measure, partner, scopeOf } from "../../../testing/factories";
import { requireHalfYearlyReport, startSmtpCapture } from "../../../testing/smtp-capture";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("progress-update requests by e-mail (local SMTP test server)", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  const received = () => smtp.received;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    process.env.KURS_TODAY = "2025-01-10";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    await requireHalfYearlyReport(t);
    // A partner contact on a measure without an update in the period; another partner's measure
    // without a contact address.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    await concept(scope, { committeeId: council.id, decidedOn: "2023-03-15" });
    const vhs = await partner(scope, { kind: "adultEducation", contactEmail: "vhs@example.org" });
    await measure(scope, { partnerIds: [vhs.id], leadPartnerId: vhs.id });
    const counselling = await partner(scope, { kind: "migrationCounselling" });
    await measure(scope, { partnerIds: [counselling.id], leadPartnerId: counselling.id });
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    delete process.env.KURS_SMTP_URL;
    await t?.close();
    await smtp.close();
  });

  const duty = async () =>
    (await t.app.inject({ url: "/api/v1/reporting-duties", headers: editor })).json<{
      items: ReportingDutySchedule[];
    }>().items[0] as ReportingDutySchedule;
  const audited = async () =>
    (
      await t.database.query<{ after: { sent: number } }>(
        "select after from audit_event where action = 'reportingDuty.remind' order by occurred_at",
      )
    ).map((a) => a.after.sent);
  const remind = async (id: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/reporting-duties/${id}/reminders`,
      headers: editor,
      payload: {},
    });

  it("without SMTP sends nothing and says so; the task list is the request", async () => {
    delete process.env.KURS_SMTP_URL;
    const before = await audited();
    const response = await remind((await duty()).id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ mailConfigured: false, sent: 0 });
    expect(received()).toHaveLength(0);
    expect(await audited()).toEqual([...before, 0]);
  });

  it("with KURS_SMTP_URL mails each partner once, listing its measures and the due date", async () => {
    process.env.KURS_SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
    const d = await duty();
    const before = await audited();
    const response = await remind(d.id);
    expect(response.statusCode).toBe(200);
    const result = response.json<{ sent: number; recipients: number }>();
    expect(result.sent).toBeGreaterThan(0);
    expect(received().length).toBe(result.sent);
    const mail = received().find((m) => m.to.includes("vhs@example.org"));
    expect(mail).toBeDefined();
    expect(mail?.body).toMatch(/Sachstand/);
    expect(await audited()).toEqual([...before, result.sent]);
    // Recorded, so the scheduled job does not ask these recipients again for the period.
    const recorded = await t.database.query<{ recipient: string }>(
      "select recipient from report_reminder where sent_by <> 'scheduler'",
    );
    expect(recorded).toHaveLength(result.sent);
  });
});
