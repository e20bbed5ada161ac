import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Measure, MeasureList, MeasureOptions, Partner } from "../../../contract/measures";
import type { Overview } from "../../../contract/overview";
import {
  builtInCommittee,
  concept,
  measure,
  municipality,
  scopeOf,
} from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("measures API", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let options: MeasureOptions;
  const field = (position: number) => options.actionFields.find((f) => f.position === position);
  const firstRec = (position: number) => field(position)?.goals[0]?.recommendations[0]?.id ?? "";
  const auditCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from audit_event"))[0]?.n);

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-06-30";
    t = await createTestApp({ seeded: false });
    const scope = scopeOf(t);
    // The county: an adopted concept ("Sprache und Bildung" is field 2), two towns and two
    // municipalities with their official keys (AGS), three joint municipalities without one.
    const council = await builtInCommittee(scope);
    await concept(scope, {
      committeeId: council.id,
      fields: [{ title: "Ausbildung und Arbeit" }, { title: "Sprache und Bildung" }],
    });
    await municipality(scope, { name: "Altstadt", kind: "city", ags: "03999001" });
    await municipality(scope, { name: "Neustadt", kind: "city", ags: "03999002" });
    await municipality(scope, { name: "Heidedorf", kind: "municipality", ags: "03999011" });
    await municipality(scope, { name: "Moordorf", kind: "municipality", ags: "03999012" });
    for (const name of ["Samtgemeinde Nord", "Samtgemeinde Mitte", "Samtgemeinde Süd"])
      await municipality(scope, { name, kind: "jointMunicipality" });
    editor = await t.signIn("coordinator");
    options = (await t.app.inject({ url: "/api/v1/measures/options" })).json();
    // Measures that were there before: in the other field, one of them in the last municipality.
    await measure(scope, { actionFieldTitle: "Ausbildung und Arbeit" });
    await measure(scope, {
      actionFieldTitle: "Ausbildung und Arbeit",
      municipalityIds: [options.municipalities[6]?.id ?? ""],
    });
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const create = (body: Record<string, unknown>, headers = editor) =>
    t.app.inject({ method: "POST", url: "/api/v1/measures", payload: body, headers });
  const base = () => ({
    title: "Sprachcafé für Eltern",
    description: "Treffen zum Deutschlernen mit Kinderbetreuung",
    measureTypeId: options.measureTypes[0]?.id,
    recommendationIds: [firstRec(2)],
  });

  it("offers the county's municipalities with their kinds; AGS only where official", () => {
    expect(options.municipalities).toHaveLength(7);
    const kinds = options.municipalities.map((m) => m.kind);
    expect(kinds.filter((k) => k === "city")).toHaveLength(2);
    expect(kinds.filter((k) => k === "municipality")).toHaveLength(2);
    expect(kinds.filter((k) => k === "jointMunicipality")).toHaveLength(3);
    // Städte and Gemeinden carry their official key (county 03999); Samtgemeinden have none.
    for (const m of options.municipalities) {
      if (m.kind === "jointMunicipality") expect(m.ags).toBeNull();
      else expect(m.ags).toMatch(/^03999\d{3}$/);
    }
  });

  it("creates a measure with partner, municipalities and milestones, audited once", async () => {
    const partner = await t.app.inject({
      method: "POST",
      url: "/api/v1/partners",
      payload: { name: "VHS Musterstadt", kind: "adultEducation", contactName: "Geschäftsstelle" },
      headers: editor,
    });
    expect(partner.statusCode).toBe(201);
    const before = await auditCount();
    const response = await create({
      ...base(),
      partnerIds: [partner.json().id],
      leadPartnerId: partner.json().id,
      municipalityIds: options.municipalities.slice(0, 2).map((m) => m.id),
      milestones: [{ title: "Räume gefunden", dueOn: "2025-09-01" }],
      plannedCents: 1_250_000,
      plannedFte: 0.5,
      internalNote: "Nur intern",
    });
    expect(response.statusCode, response.body).toBe(201);
    const m = response.json<Measure>();
    expect(m).toMatchObject({
      status: "planned",
      trafficLight: "grey",
      plannedCents: 1_250_000,
      plannedFte: 0.5,
      internalNote: "Nur intern",
    });
    expect(m.recommendations[0]?.actionField.title).toBe("Sprache und Bildung");
    expect(m.municipalities).toHaveLength(2);
    expect(m.statusHistory).toHaveLength(1);
    expect(await auditCount()).toBe(before + 1);

    // Not marked public: anonymous readers do not get it at all (anonymous-reads.test.ts).
    const publicView = await t.app.inject({ url: `/api/v1/measures/${m.id}` });
    expect(publicView.statusCode).toBe(404);
    const partnerReader = await t.signIn("partner");
    const readOnly = (
      await t.app.inject({ url: `/api/v1/measures/${m.id}`, headers: partnerReader })
    ).json<Measure>();
    expect(readOnly.internalNote).toBeNull();
    expect(readOnly.canReport).toBe(false);

    const list = (
      await t.app.inject({
        url: `/api/v1/measures?field=${field(2)?.id}&q=Eltern`,
        headers: editor,
      })
    ).json<MeasureList>();
    expect(list.items.map((i) => i.id)).toContain(m.id);
    const partnerPage = (
      await t.app.inject({ url: `/api/v1/partners/${partner.json().id}` })
    ).json<Partner>();
    // Anonymous: no contact, and the measure is not public, so not listed.
    expect(partnerPage.measures).toEqual([]);
    expect(partnerPage.contactName).toBeNull();
    const partnerSignedIn = (
      await t.app.inject({ url: `/api/v1/partners/${partner.json().id}`, headers: editor })
    ).json<Partner>();
    expect(partnerSignedIn.measures.map((x) => x.id)).toEqual([m.id]);
  });

  it("finds measures by German stem (Sprachkurse → Sprachkurs) and filters by municipality", async () => {
    const created = (
      await create({
        ...base(),
        title: "Sprachkurse am Abend",
        municipalityIds: [options.municipalities[5]?.id],
      })
    ).json<Measure>();
    const stem = (
      await t.app.inject({ url: "/api/v1/measures?q=Sprachkurs", headers: editor })
    ).json<MeasureList>();
    expect(stem.items.map((i) => i.id)).toContain(created.id);
    const other = (
      await t.app.inject({
        url: `/api/v1/measures?municipality=${options.municipalities[6]?.id}`,
        headers: editor,
      })
    ).json<MeasureList>();
    expect(other.items.map((i) => i.id)).not.toContain(created.id);
    const page = (
      await t.app.inject({ url: "/api/v1/measures?pageSize=1&page=2", headers: editor })
    ).json<MeasureList>();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
  });

  it("refuses unknown references and impossible dates field by field, writing nothing", async () => {
    const before = await auditCount();
    const bad = await create({
      ...base(),
      recommendationIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("recommendationIds.0");
    const date = await create({ ...base(), startOn: "2025-02-31" });
    expect(date.statusCode).toBe(400);
    expect(date.json().errors).toEqual([
      { path: "startOn", message: "Das Datum 31.02.2025 gibt es nicht." },
    ]);
    const typed = await create({ ...base(), endOn: "31.02.2025" });
    expect(typed.json().errors).toEqual([
      { path: "endOn", message: "Das Datum 31.02.2025 gibt es nicht." },
    ]);
    const money = await create({ ...base(), plannedCents: 10.5 });
    expect(money.statusCode).toBe(400);
    expect(await auditCount()).toBe(before);
  });

  it("walks the status workflow with date and reason, refusing forbidden steps", async () => {
    const m = (await create(base())).json<Measure>();
    const change = (status: string, changedOn = "2025-06-30") =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/measures/${m.id}/status`,
        payload: { status, changedOn, reason: "Träger gefunden" },
        headers: editor,
      });
    expect((await change("completed")).statusCode).toBe(409);
    expect((await change("inProgress", "2025-07-01")).statusCode).toBe(422);
    const ok = await change("inProgress");
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Measure>().statusHistory.map((s) => s.toStatus)).toEqual([
      "inProgress",
      "planned",
    ]);
    expect((await change("dropped")).statusCode).toBe(200);
    expect((await change("inProgress")).statusCode).toBe(409);
  });

  it("lets partner A report on its own measure but not on partner B's (403)", async () => {
    const mk = async (name: string) =>
      (
        await t.app.inject({
          method: "POST",
          url: "/api/v1/partners",
          payload: { name, kind: "educationProvider" },
          headers: editor,
        })
      ).json<{ id: string }>().id;
    const a = await mk("Träger A");
    const b = await mk("Träger B");
    const measureA = (await create({ ...base(), partnerIds: [a] })).json<Measure>();
    const measureB = (await create({ ...base(), partnerIds: [b] })).json<Measure>();
    const partnerA = await t.signIn("partner");
    await t.database.query(
      "update app_user set partner_id = $1 where email like 'partner-%' and partner_id is null",
      [a],
    );
    const post = (id: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/measures/${id}/progress`,
        payload: { reportedOn: "2025-06-15", trafficLight: "yellow", text: "Kurs startet später" },
        headers: partnerA,
      });
    const own = await post(measureA.id);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json<Measure>()).toMatchObject({ trafficLight: "yellow", canReport: true });
    const foreign = await post(measureB.id);
    expect(foreign.statusCode).toBe(403);
    const reread = (
      await t.app.inject({ url: `/api/v1/measures/${measureB.id}`, headers: editor })
    ).json<Measure>();
    expect(reread.updates).toHaveLength(0);
  });

  it("flags overdue measures and rolls progress up to the overview", async () => {
    const overdue = (
      await create({ ...base(), milestones: [{ title: "Vertrag", dueOn: "2025-05-01" }] })
    ).json<Measure>();
    expect(overdue.overdueReasons).toEqual(["milestonePastDue"]);
    const report = await t.app.inject({
      method: "POST",
      url: `/api/v1/measures/${overdue.id}/progress`,
      payload: { reportedOn: "2025-06-20", trafficLight: "yellow", text: "Vertrag fehlt noch" },
      headers: editor,
    });
    expect(report.statusCode, report.body).toBe(201);
    const onlyOverdue = (
      await t.app.inject({ url: "/api/v1/measures?overdue=true&pageSize=200", headers: editor })
    ).json<MeasureList>();
    expect(onlyOverdue.items.every((i) => i.overdue)).toBe(true);
    expect(onlyOverdue.items.map((i) => i.id)).toContain(overdue.id);
    // The office's overview: anonymous readers count published measures only (published-counts.test.ts).
    const overview = (
      await t.app.inject({ url: "/api/v1/overview", headers: editor })
    ).json<Overview>();
    const language = overview.actionFields.find((f) => f.position === 2);
    expect(language?.measures.lights.yellow).toBeGreaterThanOrEqual(1);
    expect(language?.measures.overdueCount).toBeGreaterThanOrEqual(1);
  });
});
