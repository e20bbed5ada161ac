import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftSummary } from "../../../contract/committee-reports";
import type { FieldBudgetList, Fund, FundList } from "../../../contract/ledger";
import type { MeasureOptions } from "../../../contract/measures";
import type { Overview } from "../../../contract/overview";
import { committee, scopeOf } from "../../../testing/factories";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import type { FundFigures as ReportFundFigures } from "../../renderers/reports/report-snapshot";

/**
 * Money tells one truth. The 2024 million of the ledger fixtures, closed years and
 * late bookings (Nachbuchung), bounded amounts, and the same parts of the
 * same ledger in the API, the committee report's snapshot and the public open data (geld.json).
 */

type GeldRow = {
  handlungsfeld: number | null;
  handlungsfeldTitel: string | null;
  handlungsfelder: { nummer: number; titel: string | null }[];
  bewilligtCent: number;
  gebundenCent: number;
  ausgezahltCent: number;
  gesperrtCent: number;
  verfallenCent: number;
  verfuegbarCent: number;
};

describe("money tells one truth on every page, file and report", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let f: Awaited<ReturnType<typeof ledgerFixtures>>;
  let social: string;
  let options: MeasureOptions;

  const at = (today: string) => {
    process.env.KURS_TODAY = today;
  };
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url: url.startsWith("/oeffentlich") ? url : `/api/v1${url}`, headers });
  const post = (fundId: string, payload: object, lang = "de") =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/funds/${fundId}/bookings`,
      headers: { ...editor, "accept-language": lang, "idempotency-key": randomUUID() },
      payload,
    });
  const book = async (fundId: string, payload: object) => {
    const response = await post(fundId, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const funds = async () => (await get("/funds")).json<FundList>().items;
  const fundNamed = async (name: string) => (await funds()).find((x) => x.name === name) as Fund;
  const geld = async () =>
    JSON.parse((await get("/oeffentlich/daten/geld.json")).body).daten as GeldRow[];
  const bookingCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from booking"))[0]?.n);
  /** A fresh draft of a report to the social committee, generated on the current day. */
  const reportFunds = async () => {
    const draft = await t.app.inject({
      method: "POST",
      url: "/api/v1/report-drafts",
      headers: editor,
      payload: {
        committeeId: social,
        periodFrom: "2024-07-01",
        periodTo: "2024-12-31",
        title: `Sachstandsbericht ${randomUUID()}`,
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const preview = (await get(`/report-drafts/${draft.json<DraftSummary>().id}`, editor)).json<{
      snapshot: { money: { funds: ReportFundFigures[] } };
      html: string;
    }>();
    return { funds: preview.snapshot.money.funds, html: preview.html };
  };

  beforeAll(async () => {
    at("2024-06-01");
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    f = await ledgerFixtures(t, editor);
    options = (await get("/measures/options", editor)).json<MeasureOptions>();
    social = (
      await committee(scopeOf(t), { name: "Ausschuss für Soziales, Arbeit und Gesundheit" })
    ).id;
    const duty = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      headers: editor,
      payload: {
        committeeId: social,
        decidedOn: "2024-03-05",
        outcome: "adopted",
        text: "Über die Entwicklung wird halbjährlich berichtet.",
        effects: [{ type: "requireReporting", committeeId: social, cadence: "halfYearly" }],
      },
    });
    expect(duty.statusCode, duty.body).toBe(201);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    delete process.env.KURS_LEDGER_CLOSING_UNTIL;
    await t?.close();
  });

  it("fresh install: the 2024 million shows available 0,00 € and lapsed 1.000.000,00 € everywhere, under Sprache und Bildung", async () => {
    at("2026-12-06");
    const million = await fundNamed("Mittel für Sprachkurse 2024");
    expect(million).toMatchObject({
      grantedCents: 100_000_000,
      availableCents: 0,
      lapsedCents: 100_000_000,
      yearClosed: true,
      lateBookingUntil: null,
      actionFields: [{ title: "Sprache und Bildung" }],
    });
    const fields = (await get("/funds/by-action-field")).json<FieldBudgetList>().items;
    expect(fields).toEqual([
      expect.objectContaining({
        actionField: "Sprache und Bildung",
        fiscalYear: 2024,
        meansCents: 100_000_000,
        availableCents: 0,
        lapsedCents: 100_000_000,
      }),
    ]);

    // The public money page and its files: the million is Sprache und Bildung's.
    const rows = await geld();
    expect(rows.find((r) => r.handlungsfeldTitel === "Sprache und Bildung")).toMatchObject({
      bewilligtCent: 100_000_000,
      gebundenCent: 0,
      verfallenCent: 100_000_000,
      verfuegbarCent: 0,
    });
    expect(rows.filter((r) => r.handlungsfelder.length === 0)).toEqual([]);
    const csv = (await get("/oeffentlich/daten/geld.csv")).body;
    expect(csv).toMatch(/Sprache und Bildung[^\n]*100000000[^\n]*100000000/);
    const page = (await get("/oeffentlich/de/geld")).body;
    expect(page).toMatch(
      /Sprache und Bildung<\/span><\/th><td>1\.000\.000,00\s€.*?<td>0,00\s€<\/td><td>1\.000\.000,00\s€<\/td><td>0,00\s€<\/td><\/tr>/s,
    );
    expect(page).not.toContain("ohne festes Handlungsfeld");

    // The committee report says "verfallen", not "frei".
    const report = await reportFunds();
    expect(report.funds.find((x) => x.name === million.name)).toMatchObject({
      grantedCents: 100_000_000,
      freeCents: 0,
      lapsedCents: 100_000_000,
    });
    expect(report.html).toContain("verfallen");

    // A commitment dated in the closed year is refused with the reason; nothing is booked.
    const before = await bookingCount();
    const refused = await post(million.id, {
      kind: "commitment",
      measureId: f.course,
      amountCents: 3_000_000,
      date: "2024-06-15",
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      type: expect.stringContaining("ledger.yearClosed"),
      detail:
        "Das Haushaltsjahr 2024 ist abgeschlossen: Buchungen mit Datum in 2024 sind nicht mehr möglich (Nachbuchungen waren bis 31.01.2025 möglich).",
      errors: [{ path: "date" }],
    });
    const late = await post(
      million.id,
      {
        kind: "commitment",
        measureId: f.course,
        amountCents: 3_000_000,
        date: "2024-06-15",
        lateBooking: { reason: "zu spät" },
      },
      "en",
    );
    expect(late.statusCode).toBe(422);
    expect(late.json().detail).toContain("The fiscal year 2024 is closed");
    expect(await bookingCount()).toBe(before);

    // The overview: lapsed after the year; during it, a warning that the money will lapse.
    const overviewFund = async () =>
      (await get("/overview", editor)).json<Overview>().funds.find((x) => x.id === million.id);
    expect(await overviewFund()).toMatchObject({
      grantedCents: 100_000_000,
      availableCents: 0,
      lapsedCents: 100_000_000,
      yearClosed: true,
      lapseForecastCents: null,
    });
    at("2024-06-01");
    expect(await overviewFund()).toMatchObject({
      availableCents: 100_000_000,
      lapsedCents: 0,
      yearClosed: false,
      lapseForecastCents: 100_000_000,
    });
  });

  it("a late booking (Nachbuchung) with a reason inside the closing period is accepted and audited", async () => {
    at("2025-01-20");
    const million = await fundNamed("Mittel für Sprachkurse 2024");
    expect(million).toMatchObject({
      availableCents: 0,
      lapsedCents: 100_000_000,
      lateBookingUntil: "2025-01-31",
    });
    const commitment = {
      kind: "commitment",
      measureId: f.course,
      amountCents: 3_000_000,
      date: "2024-12-10",
    };
    const without = await post(million.id, commitment);
    expect(without.statusCode).toBe(422);
    expect(without.json().detail).toBe(
      "Das Haushaltsjahr 2024 ist abgeschlossen: eine Buchung mit Datum in 2024 ist nur noch als Nachbuchung mit Begründung möglich, bis 31.01.2025.",
    );
    // The closing period is configurable: ended on 15 January, the Nachbuchung is too late.
    process.env.KURS_LEDGER_CLOSING_UNTIL = "01-15";
    const tooLate = await post(million.id, {
      ...commitment,
      lateBooking: { reason: "Vertrag vom 10.12.2024, Rechnung im Januar" },
    });
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json().type).toMatch(/ledger\.yearClosed$/);
    delete process.env.KURS_LEDGER_CLOSING_UNTIL;

    const id = await book(million.id, {
      ...commitment,
      lateBooking: { reason: "Vertrag vom 10.12.2024, Rechnung im Januar" },
    });
    const audit = await t.database.query<{ action: string; reason: string }>(
      "select action, after->>'lateBookingReason' as reason from audit_event where entity_id = $1",
      [id],
    );
    expect(audit).toEqual([
      {
        action: "booking.commitment.late",
        reason: "Vertrag vom 10.12.2024, Rechnung im Januar",
      },
    ]);
    const bookings = (await get(`/funds/${million.id}/bookings`)).json<{
      items: { id: string; lateBookingReason: string | null }[];
    }>().items;
    expect(bookings.find((b) => b.id === id)?.lateBookingReason).toBe(
      "Vertrag vom 10.12.2024, Rechnung im Januar",
    );
    expect(await fundNamed(million.name)).toMatchObject({
      grantedCents: 100_000_000,
      committedCents: 3_000_000,
      lapsedCents: 97_000_000,
      availableCents: 0,
    });

    at("2025-02-01");
    const closed = await post(million.id, {
      ...commitment,
      lateBooking: { reason: "noch später" },
    });
    expect(closed.statusCode).toBe(422);
    expect(closed.json().type).toMatch(/ledger\.yearClosed$/);
  });

  it("refuses a 2^53 supplement at input and a fund beyond the bound; the fund list keeps answering", async () => {
    at("2024-06-01");
    const million = await fundNamed("Mittel für Sprachkurse 2024");
    const before = await bookingCount();
    const supplement = (amountCents: number) => ({
      kind: "supplement",
      amountCents,
      approvalKind: "resolution",
      resolutionReference: "KT 2024/999",
      date: "2024-06-01",
    });
    const huge = await post(million.id, supplement(9_007_199_254_740_991));
    expect(huge.statusCode).toBe(400);
    expect(huge.json().errors).toEqual([
      {
        path: "amountCents",
        message: "Höchstens 100.000.000.000,00\u00a0€ (Obergrenze für Beträge).",
      },
    ]);
    const beyond = await post(million.id, supplement(10_000_000_000_000));
    expect(beyond.statusCode).toBe(422);
    expect(beyond.json().type).toMatch(/ledger\.fundTooLarge$/);
    expect(await bookingCount()).toBe(before);
    for (const url of ["/funds", `/funds/${million.id}`, `/funds/${million.id}/outlook`]) {
      expect((await get(url)).statusCode, url).toBe(200);
    }
  });

  it("the API, the report snapshot and geld.json report the same parts of the same ledger", async () => {
    at("2024-06-01");
    const work = options.actionFields.find((x) => x.title === "Ausbildung und Arbeit");
    const goal = work?.goals[0]?.id;
    expect(goal).toBeTruthy();
    // A second fund whose purpose is a goal (no field named): its money is that goal's field's.
    const granted = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      headers: editor,
      payload: {
        committeeId: social,
        decidedOn: "2024-02-01",
        outcome: "adopted",
        text: "Mittel für Arbeitsmarktintegration 2024.",
        effects: [
          {
            type: "grantFund",
            name: "Arbeitsmarkt 2024",
            fiscalYear: 2024,
            estimateCents: 2_000_000,
            purpose: [{ kind: "goal", targetId: goal }],
          },
        ],
      },
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const million = await fundNamed("Mittel für Sprachkurse 2024");
    const work2024 = await fundNamed("Arbeitsmarkt 2024");
    expect(work2024.actionFields.map((a) => a.title)).toEqual(["Ausbildung und Arbeit"]);

    // Every kind of booking on both funds.
    const date = "2024-06-02";
    await book(million.id, {
      kind: "supplement",
      amountCents: 250_000,
      approvalKind: "landrat",
      resolutionReference: "Verfügung 2024/7",
      date,
    });
    const c1 = await book(million.id, {
      kind: "commitment",
      measureId: f.course,
      amountCents: 1_234_567,
      date,
    });
    const p1 = await book(million.id, {
      kind: "payment",
      commitmentId: c1,
      amountCents: 400_000,
      date,
    });
    await book(million.id, { kind: "release", commitmentId: c1, amountCents: 100_000, date });
    await book(million.id, { kind: "reversal", reversesBookingId: p1, reason: "Doppelt", date });
    await book(million.id, { kind: "payment", commitmentId: c1, amountCents: 300_001, date });
    await book(million.id, { kind: "block", amountCents: 500_000, date });
    await book(million.id, { kind: "unblock", amountCents: 120_000, date });
    await book(million.id, {
      kind: "transfer",
      counterFundId: work2024.id,
      amountCents: 700_000,
      resolutionReference: "KA 2024/12",
      date,
    });
    const c2 = await book(work2024.id, {
      kind: "commitment",
      measureId: f.workCourse,
      amountCents: 900_000,
      date,
    });
    await book(work2024.id, { kind: "payment", commitmentId: c2, amountCents: 450_000, date });
    // The year closes; part of the million's free rest is carried over (a new 2025 fund).
    at("2025-01-10");
    await book(million.id, {
      kind: "carryOver",
      amountCents: 5_000_000,
      approvalKind: "resolution",
      resolutionReference: "KT 2025/1",
      date: "2025-01-10",
    });

    for (const today of ["2025-01-10", "2026-12-06"]) {
      at(today);
      const api = await funds();
      expect(api.length).toBe(3);
      for (const x of api) {
        expect(x.grantedCents, x.name).toBe(
          x.committedCents + x.paidCents + x.blockedCents + x.lapsedCents + x.availableCents,
        );
        expect(x.grantedCents).toBe(
          x.estimateCents +
            x.supplementsCents +
            x.carriedOverCents +
            x.transfersInCents -
            x.transfersOutCents -
            x.carriedForwardCents,
        );
      }
      const m = api.find((x) => x.id === million.id) as Fund;
      expect(m).toMatchObject({
        grantedCents: 100_000_000 + 250_000 - 700_000 - 5_000_000,
        // With the Nachbuchung of 30.000 € above.
        committedCents: 3_000_000 + 1_234_567 - 100_000 - 300_001,
        paidCents: 300_001,
        blockedCents: 380_000,
        availableCents: 0,
      });
      const next = api.find((x) => x.fiscalYear === 2025) as Fund;
      expect(next).toMatchObject({
        carriedOverCents: 5_000_000,
        grantedCents: 5_000_000,
        availableCents: today === "2025-01-10" ? 5_000_000 : 0,
        actionFields: [{ title: "Sprache und Bildung" }],
      });

      // The report's snapshot: the same parts per fund.
      const report = await reportFunds();
      for (const x of api) {
        expect(
          report.funds.find((r) => r.name === x.name && r.fiscalYear === x.fiscalYear),
          x.name,
        ).toEqual({
          name: x.name,
          fiscalYear: x.fiscalYear,
          grantedCents: x.grantedCents,
          boundCents: x.committedCents,
          paidCents: x.paidCents,
          blockedCents: x.blockedCents,
          lapsedCents: x.lapsedCents,
          freeCents: x.availableCents,
        });
      }

      // The public open data: per field, the sums of the API's funds of that field.
      const rows = await geld();
      const fields = (await get("/funds/by-action-field")).json<FieldBudgetList>().items;
      for (const title of ["Sprache und Bildung", "Ausbildung und Arbeit"]) {
        const own = api.filter((x) => x.actionFields.some((a) => a.title === title));
        const sum = (pick: (x: Fund) => number) => own.reduce((s, x) => s + pick(x), 0);
        const expected = {
          bewilligtCent: sum((x) => x.grantedCents),
          gebundenCent: sum((x) => x.committedCents),
          ausgezahltCent: sum((x) => x.paidCents),
          gesperrtCent: sum((x) => x.blockedCents),
          verfallenCent: sum((x) => x.lapsedCents),
          verfuegbarCent: sum((x) => x.availableCents),
        };
        expect(
          rows.find((r) => r.handlungsfeldTitel === title),
          title,
        ).toMatchObject(expected);
        const perYear = fields.filter((x) => x.actionField === title);
        expect(perYear.reduce((s, x) => s + x.meansCents, 0)).toBe(expected.bewilligtCent);
        expect(perYear.reduce((s, x) => s + x.lapsedCents, 0)).toBe(expected.verfallenCent);
        expect(perYear.reduce((s, x) => s + x.availableCents, 0)).toBe(expected.verfuegbarCent);
      }
      expect(rows.filter((r) => r.handlungsfelder.length === 0)).toEqual([]);
    }
  });
});
