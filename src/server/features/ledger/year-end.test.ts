import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  Booking,
  FieldBudgetList,
  Fund,
  FundList,
  FundOutlook,
  FundSource,
  MeasureBookingList,
} from "../../../contract/ledger";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("budget ledger: approvals beyond the plan, year end, sources and views", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let f: Awaited<ReturnType<typeof ledgerFixtures>>;
  const post = (payload: object, fundId = f.million.id) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/funds/${fundId}/bookings`,
      payload,
      headers: { ...editor, "idempotency-key": randomUUID() },
    });
  const get = (url: string) => t.app.inject({ url: `/api/v1${url}` });
  /** The office's read: measure titles of unpublished measures too (anonymous: published only). */
  const officeGet = (url: string) => t.app.inject({ url: `/api/v1${url}`, headers: editor });
  const fund = async (id = f.million.id) => (await get(`/funds/${id}`)).json<Fund>();
  const count = async (table: string) =>
    Number((await t.database.query<{ n: string }>(`select count(*) n from ${table}`))[0]?.n);

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-07-01";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    f = await ledgerFixtures(t, editor);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("goes beyond the available amount only with a recorded supplement that raises the fund", async () => {
    const c = await post({
      kind: "commitment",
      measureId: f.course,
      amountCents: 90_000_000,
      date: "2024-02-01",
      documentReference: "Vertrag VHS",
    });
    expect(c.statusCode, c.body).toBe(201);
    const before = await count("booking");
    const over = await post({
      kind: "commitment",
      measureId: f.course,
      amountCents: 12_000_000,
      date: "2024-06-01",
    });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({
      type: expect.stringContaining("ledger.insufficientFunds"),
      missingCents: 2_000_000,
    });
    expect(over.json().detail).toMatch(/20\.000,00\s€/);
    expect(await count("booking")).toBe(before);
    // Without its approval reference a supplement is refused at the field, nothing written.
    const bare = await post({
      kind: "supplement",
      amountCents: 2_000_000,
      approvalKind: "landrat",
      date: "2024-06-01",
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors.map((e: { path: string }) => e.path)).toContain(
      "resolutionReference",
    );
    expect(await count("booking")).toBe(before);
    const supplement = await post({
      kind: "supplement",
      amountCents: 2_000_000,
      approvalKind: "landrat",
      resolutionReference: "Eilentscheidung des Landrats 2024/07",
      reason: "Zusätzliche Kurse wegen hoher Nachfrage",
      date: "2024-06-01",
    });
    expect(supplement.statusCode, supplement.body).toBe(201);
    expect(supplement.json<Booking>()).toMatchObject({
      approvalKind: "landrat",
      resolutionReference: "Eilentscheidung des Landrats 2024/07",
    });
    const fits = await post({
      kind: "commitment",
      measureId: f.course,
      amountCents: 12_000_000,
      date: "2024-06-02",
    });
    expect(fits.statusCode, fits.body).toBe(201);
    expect(await fund()).toMatchObject({
      estimateCents: 100_000_000,
      supplementsCents: 2_000_000,
      committedCents: 102_000_000,
      availableCents: 0,
    });
    const audit = await t.database.query<{ action: string }>(
      "select action from audit_event where action = 'booking.supplement'",
    );
    expect(audit).toHaveLength(1);
  });

  it("shows the burn-down and warns that the money runs out at this pace", async () => {
    const outlook = (await get(`/funds/${f.million.id}/outlook`)).json<FundOutlook>();
    expect(outlook.points[0]).toEqual({
      date: "2024-01-01",
      usedCents: 0,
      availableCents: 100_000_000,
    });
    expect(outlook.points.at(-1)).toMatchObject({ date: "2024-06-02", availableCents: 0 });
    expect(outlook.forecast).toMatchObject({ asOf: "2024-07-01", warning: "runOut" });
    const svg = await get(`/funds/${f.million.id}/outlook.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers["content-type"]).toContain("image/svg+xml");
    expect(svg.body).toContain("verfügbar");
    expect(svg.body).not.toMatch(/style="/);
  });

  it("sums estimate, bound, paid and free per action field", async () => {
    const fields = (await get("/funds/by-action-field")).json<FieldBudgetList>();
    const language = fields.items.find(
      (i) => i.actionField === "Sprache und Bildung" && i.fiscalYear === 2024,
    );
    expect(language).toMatchObject({
      fundIds: [f.million.id],
      meansCents: 102_000_000,
      committedCents: 102_000_000,
      availableCents: 0,
    });
  });

  it("lists a measure's bookings across funds", async () => {
    const list = (await get(`/measures/${f.course}/bookings`)).json<MeasureBookingList>();
    expect(list.items.map((b) => [b.kind, b.amountCents, b.fundName])).toEqual([
      ["commitment", 90_000_000, "Mittel für Sprachkurse 2024"],
      ["commitment", 12_000_000, "Mittel für Sprachkurse 2024"],
    ]);
  });

  it("carries free rest into next year's fund with its approval; the rest lapses after the year", async () => {
    const c = (
      await post({
        kind: "release",
        commitmentId: await firstCommitment(),
        date: "2024-11-30",
        amountCents: 10_000_000,
      })
    ).json<Booking>();
    expect(c.kind).toBe("release");
    const bare = await post({ kind: "carryOver", amountCents: 6_000_000, date: "2025-01-10" });
    expect(bare.statusCode).toBe(400);
    const carry = await post({
      kind: "carryOver",
      amountCents: 6_000_000,
      date: "2025-01-10",
      approvalKind: "resolution",
      resolutionReference: "Kreisausschuss 2025/004 Haushaltsreste",
    });
    expect(carry.statusCode, carry.body).toBe(201);
    const target = carry.json<Booking>().counterFundId as string;
    const next = await fund(target);
    expect(next).toMatchObject({
      fiscalYear: 2025,
      estimateCents: 0,
      carriedOverCents: 6_000_000,
      availableCents: 6_000_000,
      carriedFromFundId: f.million.id,
      grantingReference: f.million.grantingReference,
    });
    expect(next.name).toContain("Haushaltsrest in 2025");
    expect(next.purpose.length).toBeGreaterThan(0);
    // A second carry-over goes into the same fund; more than is free is refused.
    const again = await post({
      kind: "carryOver",
      amountCents: 4_000_001,
      date: "2025-01-10",
      approvalKind: "resolution",
      resolutionReference: "Kreisausschuss 2025/004 Haushaltsreste",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().missingCents).toBe(1);
    const old = await fund();
    expect(old).toMatchObject({
      carriedForwardCents: 6_000_000,
      availableCents: 4_000_000,
      carriedIntoFundId: target,
      yearClosed: false,
      lapsedCents: 0,
    });
    // In the next year the old fund is closed: its free rest is shown as lapsed.
    process.env.KURS_TODAY = "2025-02-01";
    try {
      expect(await fund()).toMatchObject({ yearClosed: true, lapsedCents: 4_000_000 });
      const funds = (await get("/funds")).json<FundList>().items;
      expect(funds.filter((x) => x.carriedFromFundId === f.million.id)).toHaveLength(1);
    } finally {
      process.env.KURS_TODAY = "2024-07-01";
    }
    // The rest is booked in the new year's fund within its purpose; 2024 dates are refused there.
    const inNext = await post(
      { kind: "commitment", measureId: f.course, amountCents: 1_000_000, date: "2025-03-01" },
      target,
    );
    expect(inNext.statusCode, inNext.body).toBe(201);
    const oldDate = await post(
      { kind: "commitment", measureId: f.course, amountCents: 1, date: "2024-12-01" },
      target,
    );
    expect(oldDate.json().type).toContain("outsideFiscalYear");
  });

  async function firstCommitment() {
    const list = (await get(`/measures/${f.course}/bookings`)).json<MeasureBookingList>();
    return list.items[0]?.id as string;
  }

  it("records sources with shares and exports a grant's proof of use", async () => {
    const src = (payload: object) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/funds/${f.million.id}/sources`,
        payload,
        headers: editor,
      });
    const noNotice = await src({ kind: "land", name: "Land Niedersachsen", amountCents: 1 });
    expect(noNotice.statusCode).toBe(422);
    expect(noNotice.json().errors[0].path).toBe("grantNoticeReference");
    const land = await src({
      kind: "land",
      name: "Land Niedersachsen, Richtlinie Sprachförderung",
      amountCents: 60_000_000,
      grantNoticeReference: "NBank 2024-4711",
      grantNoticeDate: "2024-01-15",
      spendBy: "2024-12-31",
      proofDueBy: "2025-06-30",
      conditions: "Nur Kurse mit Kinderbetreuung",
    });
    expect(land.statusCode, land.body).toBe(201);
    expect((await src({ kind: "own", name: "Kreis", amountCents: 40_000_001 })).statusCode).toBe(
      409,
    );
    const own = await src({
      kind: "own",
      name: "Eigenmittel des Landkreises",
      amountCents: 40_000_000,
    });
    expect(own.json<FundSource>().sharePerMille).toBe(400);
    const grant = land.json<FundSource>();

    const commitment = await firstCommitment();
    for (const [amountCents, doc] of [
      [1_000_001, "ZA-1"],
      [500_001, "ZA-2"],
    ] as const) {
      const p = await post({
        kind: "payment",
        commitmentId: commitment,
        amountCents,
        date: "2024-09-01",
        documentReference: doc,
      });
      expect(p.statusCode, p.body).toBe(201);
    }
    const csv = await officeGet(`/funds/${f.million.id}/sources/${grant.id}/proof-of-use.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("Zuwendungsbescheid;NBank 2024-4711");
    // 60 % of 10.000,01 € and 5.000,01 €: the parts add up to 60 % of the sum, in whole cents.
    expect(csv.body).toContain("2024-09-01;ZA-1;Sprachkurs A1 Zeven;10.000,01;6.000,01");
    expect(csv.body).toContain("2024-09-01;ZA-2;Sprachkurs A1 Zeven;5.000,01;3.000,00");
    expect(csv.body).toContain("davon aus dieser Zuwendung (€);9.000,01");
    const xlsx = await officeGet(`/funds/${f.million.id}/sources/${grant.id}/proof-of-use.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const values = book.worksheets[0]?.getSheetValues().flat() ?? [];
    expect(values).toContain("NBank 2024-4711");
    expect(values).toContain(10_000.01);

    const bookings = await get(`/funds/${f.million.id}/bookings.csv`);
    expect(bookings.body).toContain("Über-/außerplanmäßige Bewilligung;20.000,00");
    expect(bookings.body).toContain("Eilentscheidung des Landrats 2024/07");
    const sheet = await get(`/funds/${f.million.id}/bookings.xlsx`);
    expect(sheet.headers["content-type"]).toContain("spreadsheetml");
  });
});
