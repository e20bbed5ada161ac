import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BookingList } from "../../../contract/ledger";
import type { MeasuresByMunicipality } from "../../../contract/measure-views";
import type { Measure, MeasureList, MeasureRollUp } from "../../../contract/measures";
import type { Overview } from "../../../contract/overview";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * Anonymous readers count what they may list: only published measures (./published.ts), in the
 * roll-up, per municipality, on the overview and by title in a fund's booking journal.
 */
describe("anonymous counts follow the published condition", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let course = "";
  let fundId = "";
  const get = async <T>(url: string, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ url: `/api/v1${url}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  const counts = async (headers: Record<string, string> = {}) => {
    const list = await get<MeasureList>("/measures?pageSize=200", headers);
    const rollUp = await get<MeasureRollUp>("/measures/rollup", headers);
    const places = await get<MeasuresByMunicipality>("/measures/by-municipality", headers);
    const overview = await get<Overview>("/overview", headers);
    return {
      listed: list.total,
      rollUp: rollUp.fields.reduce((n, f) => n + f.measureCount, 0),
      places: places.countyWide.total + places.municipalities.reduce((n, m) => n + m.total, 0),
      overview: overview.actionFields.reduce((n, f) => n + f.measures.count, 0),
    };
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-06-01";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    const f = await ledgerFixtures(t, editor);
    course = f.course;
    fundId = f.million.id;
    const booked = await t.app.inject({
      method: "POST",
      url: `/api/v1/funds/${fundId}/bookings`,
      headers: { ...editor, "idempotency-key": randomUUID() },
      payload: { kind: "commitment", measureId: course, amountCents: 100_000, date: "2024-06-01" },
    });
    expect(booked.statusCode, booked.body).toBe(201);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("counts nothing unpublished for anonymous readers, everything for the office", async () => {
    const office = await counts(editor);
    expect(office.listed).toBeGreaterThan(0);
    expect(office.rollUp).toBeGreaterThan(0);
    // A measure naming several municipalities counts in each.
    expect(office.places).toBeGreaterThanOrEqual(office.listed);
    const anonymous = await counts();
    expect(anonymous).toEqual({ listed: 0, rollUp: 0, places: 0, overview: 0 });
    const journal = await get<BookingList>(`/funds/${fundId}/bookings`);
    expect(journal.items.some((b) => b.measureId === course)).toBe(true);
    expect(journal.measureTitles).toEqual({});
    const officeJournal = await get<BookingList>(`/funds/${fundId}/bookings`, editor);
    expect(officeJournal.measureTitles[course]).toBe("Sprachkurs A1 Zeven");
  });

  it("counts a measure once it is published, the same in every view", async () => {
    // Published through the API, as the office does (a write the overview's cache notices).
    const m = await get<Measure>(`/measures/${course}`, editor);
    const published = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      headers: { ...editor, "idempotency-key": randomUUID() },
      payload: {
        title: "Öffentlicher Sprachkurs",
        measureTypeId: m.measureTypeId,
        recommendationIds: m.recommendations.map((r) => r.id),
        isPublic: true,
      },
    });
    expect(published.statusCode, published.body).toBe(201);
    const anonymous = await counts();
    expect(anonymous).toEqual({ listed: 1, rollUp: 1, places: 1, overview: 1 });
    const journal = await get<BookingList>(`/funds/${fundId}/bookings`);
    expect(journal.measureTitles).toEqual({});
  });
});
