import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Application, Programme } from "../../../contract/grants";
import type { Measure, MeasureOptions } from "../../../contract/measures";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * „Maßnahme (neu oder bestehend)“: an application proposes a new measure; granting creates it in
 * the transaction of the commitment — a refused commitment leaves no measure behind.
 */
describe("grants: an application proposing a new measure", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let programme: Programme;
  let options: MeasureOptions;
  const api = (method: "GET" | "POST", url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: office, payload: payload as object });
  const count = async (table: string) =>
    Number((await t.database.query<{ n: string }>(`select count(*) n from ${table}`))[0]?.n);
  const typeId = (key: string) => options.measureTypes.find((m) => m.key === key)?.id ?? "";
  const recommendationIn = (title: string) =>
    options.actionFields.find((f) => f.title === title)?.goals[0]?.recommendations[0]?.id ?? "";
  let vhsId: string;
  const apply = async (proposedMeasure: unknown, measureId?: string) =>
    api("POST", "/grant-applications", {
      programmeId: programme.id,
      partnerId: vhsId,
      measureId,
      proposedMeasure,
      title: "Sprachkurs A2 mit Kinderbetreuung, Bremervörde",
      costPlan: [{ costKind: "fees", amountCents: 1_000_000 }],
      financing: { ownCents: 200_000, thirdPartyCents: 0, requestedCents: 800_000 },
      periodFrom: "2024-07-01",
      periodTo: "2024-12-31",
    });
  const toReview = async (id: string) => {
    await api("POST", `/grant-applications/${id}/submit`, {});
    await api("POST", `/grant-applications/${id}/review`, {});
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-05-15";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    const f = await ledgerFixtures(t, office);
    options = (await api("GET", "/measures/options")).json();
    const partners = await t.database.query<{ id: string; name: string }>(
      "select id, name from partner order by name",
    );
    vhsId = partners.find((p) => p.name.startsWith("Volkshochschule"))?.id ?? "";
    programme = (
      await api("POST", "/grant-programmes", {
        fundId: f.million.id,
        title: "Sprachkurse 2024",
        purpose: "Sprachkurse",
        financingType: "deficit",
        maxShareBasisPoints: 8000,
        eligibleCostKinds: ["fees"],
        conditions: "ANBest-P",
      })
    ).json();
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("refuses unknown references and naming both, at the field; nothing written", async () => {
    const before = await count("grant_application");
    const unknown = await apply({
      title: "Neu",
      measureTypeId: "00000000-0000-4000-8000-000000000000",
      recommendationIds: [
        recommendationIn("Sprache und Bildung"),
        "00000000-0000-4000-8000-000000000001",
      ],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "proposedMeasure.measureTypeId",
      "proposedMeasure.recommendationIds.1",
    ]);
    const existing = (await api("GET", "/measures?pageSize=1")).json().items[0].id;
    const both = await apply(
      {
        title: "Neu",
        measureTypeId: typeId("languageCourse"),
        recommendationIds: [recommendationIn("Sprache und Bildung")],
      },
      existing,
    );
    expect(both.statusCode).toBe(422);
    expect(both.json().errors[0].path).toBe("proposedMeasure");
    expect(await count("grant_application")).toBe(before);
  });

  it("a commitment the fund refuses (outside its purpose) leaves no measure behind", async () => {
    const created = await apply({
      title: "Lernberatung Bremervörde",
      measureTypeId: typeId("counselling"),
      recommendationIds: [recommendationIn("Sprache und Bildung")],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<Application>().id;
    await toReview(id);
    const measures = await count("measure");
    const refused = await api("POST", `/grant-applications/${id}/grant`, {
      grantedCents: 800_000,
      noticeReference: "50.2-2024/101",
    });
    expect(refused.statusCode).toBe(422);
    expect(await count("measure")).toBe(measures);
    expect(await count("booking where kind = 'commitment'")).toBe(0);
  });

  it("granting creates the proposed measure with the commitment on it", async () => {
    const created = await apply({
      title: "Sprachkurs A2 Bremervörde",
      measureTypeId: typeId("languageCourse"),
      recommendationIds: [recommendationIn("Sprache und Bildung")],
    });
    const application = created.json<Application>();
    expect(application.proposedMeasure).toMatchObject({ title: "Sprachkurs A2 Bremervörde" });
    expect(application.measureId).toBeNull();
    await toReview(application.id);
    const measures = await count("measure");
    const granted = await api("POST", `/grant-applications/${application.id}/grant`, {
      grantedCents: 800_000,
      noticeReference: "50.2-2024/102",
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const measureId = granted.json<Application>().measureId;
    expect(measureId).not.toBeNull();
    expect(await count("measure")).toBe(measures + 1);
    const measure = (await api("GET", `/measures/${measureId}`)).json<Measure>();
    expect(measure.title).toBe("Sprachkurs A2 Bremervörde");
    expect(measure.partners.map((p) => p.id)).toEqual([vhsId]);
    const booked = await t.database.query<{ measure_id: string }>(
      "select measure_id from booking where kind = 'commitment'",
    );
    expect(booked).toEqual([{ measure_id: measureId }]);
  });
});
