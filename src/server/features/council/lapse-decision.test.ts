import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FundOutlook } from "../../../contract/ledger";
import type { Overview } from "../../../contract/overview";
import { builtInCommittee, committee, fund, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * A fund whose forecast says money will lapse names the last day to submit the paper
 * for the granting committee's meeting (the county's Vorlagenfrist before it).
 */
describe("Vorlagenfrist for funds that would lapse", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  let millionId: string;
  const million = async () =>
    (await t.app.inject({ url: "/api/v1/overview", headers: editor }))
      .json<Overview>()
      .funds.find((f) => f.id === millionId);

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-06-01";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    admin = await t.signIn("admin");
    // This file's own council, which grants a million for 2024, and a Sozialausschuss.
    const kreistag = await builtInCommittee(scopeOf(t));
    const social = await committee(scopeOf(t), { kind: "specialistCommittee" });
    millionId = (
      await fund(scopeOf(t), {
        committeeId: kreistag.id,
        fiscalYear: 2024,
        estimateCents: 100_000_000,
      })
    ).id;
    for (const [committee, name, meetingDate] of [
      [kreistag, "Kreistag Juni", "2024-06-15"],
      [social, "Sozialausschuss September", "2024-09-10"],
      [kreistag, "Kreistag Oktober", "2024-10-01"],
      [kreistag, "Kreistag Februar", "2025-02-04"],
    ] as const) {
      const created = await t.app.inject({
        method: "POST",
        url: "/api/v1/meetings",
        headers: editor,
        payload: { committeeId: committee.id, name, meetingDate },
      });
      expect(created.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("overview and fund page: paper by 10.09.2024 for the Kreistag on 01.10.2024 (21 days)", async () => {
    const fund = await million();
    expect(fund?.lapseForecastCents).toBe(100_000_000);
    // June's Vorlagenfrist (25.05.) has passed; the Sozialausschuss did not grant the fund;
    // February is after the year's end.
    expect(fund?.lapseDecision).toMatchObject({
      meetingName: "Kreistag Oktober",
      meetingDate: "2024-10-01",
      paperDue: "2024-09-10",
    });
    const outlook = (
      await t.app.inject({ url: `/api/v1/funds/${fund?.id}/outlook`, headers: editor })
    ).json<FundOutlook>();
    expect(outlook.forecast.warning).toBe("lapse");
    expect(outlook.lapseDecision).toEqual(fund?.lapseDecision);
  });

  it("the county's Vorlagenfrist counts; bad values are refused at the field", async () => {
    const bad = await t.app.inject({
      method: "PUT",
      url: "/api/v1/county/paper-deadline",
      headers: { ...admin, "accept-language": "de" },
      payload: { paperDeadlineDays: 400 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      {
        path: "paperDeadlineDays",
        message: "Die Vorlagenfrist liegt zwischen 0 und 180 Tagen vor der Sitzung.",
      },
    ]);
    const typo = await t.app.inject({
      method: "PUT",
      url: "/api/v1/county/paper-deadline",
      headers: { ...admin, "accept-language": "de" },
      payload: { paperDeadlineDays: "3 Wochen" },
    });
    expect(typo.statusCode).toBe(422);
    expect(typo.json().errors[0]).toMatchObject({ path: "paperDeadlineDays" });
    expect(typo.json().errors[0].message).toContain("ganze Zahl");
    const refused = await t.app.inject({
      method: "PUT",
      url: "/api/v1/county/paper-deadline",
      headers: editor,
      payload: { paperDeadlineDays: 35 },
    });
    expect(refused.statusCode).toBe(403);
    const set = await t.app.inject({
      method: "PUT",
      url: "/api/v1/county/paper-deadline",
      headers: admin,
      payload: { paperDeadlineDays: "35" },
    });
    expect(set.statusCode).toBe(200);
    const read = await t.app.inject({ url: "/api/v1/county/paper-deadline", headers: editor });
    expect(read.json()).toEqual({ paperDeadlineDays: 35 });
    expect((await million())?.lapseDecision).toMatchObject({
      meetingDate: "2024-10-01",
      paperDue: "2024-08-27",
    });
    const [audit] = await t.database.query<{ n: string }>(
      "select count(*) n from audit_event where action = 'county.paperDeadline'",
    );
    expect(Number(audit?.n)).toBe(1);
  });
});
