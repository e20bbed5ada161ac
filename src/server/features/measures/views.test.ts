import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  MeasureSettings,
  MeasuresByMunicipality,
  MeasureTimeline,
} from "../../../contract/measure-views";
import type { MeasureList, MeasureOptions } from "../../../contract/measures";
import type { PartnerList } from "../../../contract/partners";
import {
  builtInCommittee,
  concept,
  measure,
  municipality,
  partner,
  scopeOf,
} from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("measure views: timeline, by municipality, partner list, overdue setting", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let options: MeasureOptions;
  // Signed in: anonymous readers see only public measures (anonymous-reads.test.ts).
  const get = <T>(url: string) =>
    t.app.inject({ url: `/api/v1${url}`, headers: editor }).then((r) => r.json<T>());
  const send = (method: "POST" | "PUT", url: string, payload: unknown, headers = editor) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers });

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-06-30";
    t = await createTestApp({ seeded: false });
    const scope = scopeOf(t);
    // The county: an adopted concept with three fields, three municipalities, and measures
    // already there (in each field, in a municipality or county-wide, led by partners).
    const council = await builtInCommittee(scope);
    await concept(scope, {
      committeeId: council.id,
      fields: [
        { title: "Ausbildung und Arbeit" },
        { title: "Sprache und Bildung" },
        { title: "Gesellschaftliche Integration" },
      ],
    });
    const north = await municipality(scope, { name: "Nordstadt", kind: "city" });
    await municipality(scope, { name: "Süddorf" });
    await municipality(scope, { name: "Westdorf" });
    const school = await partner(scope, { name: "Berufsschule Nord", kind: "educationProvider" });
    const club = await partner(scope, { name: "Sportverein Süd", kind: "volunteers" });
    await measure(scope, {
      actionFieldTitle: "Ausbildung und Arbeit",
      startOn: "2024-03-01",
      endOn: "2025-12-31",
      municipalityIds: [north.id],
      partnerIds: [school.id],
    });
    await measure(scope, {
      actionFieldTitle: "Sprache und Bildung",
      startOn: "2025-02-01",
      partnerIds: [school.id],
    });
    await measure(scope, {
      actionFieldTitle: "Gesellschaftliche Integration",
      partnerIds: [club.id],
    });
    editor = await t.signIn("coordinator");
    options = await get<MeasureOptions>("/measures/options");
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const field = (position: number) => options.actionFields.find((f) => f.position === position);
  const recOf = (position: number) => field(position)?.goals[0]?.recommendations[0]?.id ?? "";

  it("the timeline groups measures by field (in both when they serve two), ordered by start", async () => {
    const created = await send("POST", "/measures", {
      title: "Zwei Felder, früher Beginn",
      measureTypeId: options.measureTypes[0]?.id,
      recommendationIds: [recOf(1), recOf(2)],
      startOn: "2001-01-01",
      endOn: "2030-12-31",
    });
    expect(created.statusCode, created.body).toBe(201);
    const timeline = await get<MeasureTimeline>("/measures/timeline");
    expect(timeline.from).toBe("2001-01-01");
    expect(timeline.to).toBe("2030-12-31");
    const positions = timeline.fields.map((f) => f.position);
    expect(positions).toEqual([...positions].sort((a, b) => (a ?? 0) - (b ?? 0)));
    for (const p of [1, 2]) {
      const group = timeline.fields.find((f) => f.position === p);
      expect(group?.measures[0]?.title).toBe("Zwei Felder, früher Beginn");
    }
    const inFields = timeline.fields.flatMap((f) => f.measures.map((m) => m.id));
    const all = await get<MeasureList>("/measures?pageSize=200");
    expect(new Set(inFields)).toEqual(new Set(all.items.map((m) => m.id)));
  });

  it("counts measures per municipality and status, zeros included; county-wide apart", async () => {
    const before = await get<MeasuresByMunicipality>("/measures/by-municipality");
    expect(before.municipalities).toHaveLength(options.municipalities.length);
    const [a, b] = options.municipalities;
    const created = await send("POST", "/measures", {
      title: "In zwei Gemeinden",
      measureTypeId: options.measureTypes[0]?.id,
      recommendationIds: [recOf(2)],
      municipalityIds: [a?.id, b?.id],
    });
    expect(created.statusCode).toBe(201);
    const after = await get<MeasuresByMunicipality>("/measures/by-municipality");
    for (const place of [a, b]) {
      const was = before.municipalities.find((m) => m.id === place?.id);
      const now = after.municipalities.find((m) => m.id === place?.id);
      expect(now?.counts.planned).toBe((was?.counts.planned ?? 0) + 1);
      expect(now?.total).toBe((was?.total ?? 0) + 1);
    }
    expect(after.countyWide.total).toBe(before.countyWide.total);
    const list = await get<MeasureList>(`/measures?municipality=${a?.id}`);
    const row = after.municipalities.find((m) => m.id === a?.id);
    expect(list.total).toBe(row?.total);
  });

  it("lists partners with their measure counts; filters by kind and name; sorts", async () => {
    const p = await send("POST", "/partners", { name: "Jobcenter Testkreis", kind: "jobcenter" });
    expect(p.statusCode).toBe(201);
    await send("POST", "/measures", {
      title: "Mit Jobcenter",
      measureTypeId: options.measureTypes[0]?.id,
      recommendationIds: [recOf(2)],
      partnerIds: [p.json().id],
    });
    const jobcenters = await get<PartnerList>("/partners?kind=jobcenter");
    expect(jobcenters.items.every((i) => i.kind === "jobcenter")).toBe(true);
    expect(jobcenters.items.find((i) => i.id === p.json().id)?.measureCount).toBe(1);
    const named = await get<PartnerList>("/partners?q=testkreis");
    expect(named.items.map((i) => i.name)).toEqual(["Jobcenter Testkreis"]);
    const byCount = await get<PartnerList>("/partners?sort=measures&order=desc");
    const counts = byCount.items.map((i) => i.measureCount);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    const bad = await t.app.inject({ url: "/api/v1/partners?kind=bank" });
    expect(bad.statusCode).toBe(400);
  });

  it("the office sets the overdue threshold; it changes the flag; bad values change nothing", async () => {
    expect(await get<MeasureSettings>("/measures/settings")).toEqual({
      overdueDays: 90,
      isDefault: true,
    });
    const created = await send("POST", "/measures", {
      title: "Sachstand vor 29 Tagen",
      measureTypeId: options.measureTypes[0]?.id,
      recommendationIds: [recOf(2)],
    });
    const id = created.json().id;
    const reported = await send("POST", `/measures/${id}/progress`, {
      reportedOn: "2025-06-01",
      trafficLight: "green",
      text: "läuft",
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const overdue = async () =>
      (await get<MeasureList>("/measures?overdue=true&q=Sachstand%20vor%2029%20Tagen")).total;
    expect(await overdue()).toBe(0);

    const refused = await send("PUT", "/measures/settings", { overdueDays: 3 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe("overdueDays");
    const partner = await t.signIn("partner");
    const forbidden = await send("PUT", "/measures/settings", { overdueDays: 30 }, partner);
    expect(forbidden.statusCode).toBe(403);
    expect((await get<MeasureSettings>("/measures/settings")).isDefault).toBe(true);

    const saved = await send("PUT", "/measures/settings", { overdueDays: 730 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await get<MeasureSettings>("/measures/settings")).toEqual({
      overdueDays: 730,
      isDefault: false,
    });
    const audit = await t.database.query<{ after: { overdueDays: number } }>(
      "select after from audit_event where action = 'measureSettings.update'",
    );
    expect(audit.map((a) => a.after.overdueDays)).toEqual([730]);
    expect(await overdue()).toBe(0);
    await send("PUT", "/measures/settings", { overdueDays: 28 });
    expect(await overdue()).toBe(1);
  });

  it("the office adds a measure type; a repeated name is refused at name and changes nothing", async () => {
    const before = (await get<MeasureOptions>("/measures/options")).measureTypes;
    const created = await send("POST", "/measure-types", { name: "Mentoring-Programm für Ältere" });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      key: "mentoring-programm-fuer-aeltere",
      name: "Mentoring-Programm für Ältere",
    });
    const after = (await get<MeasureOptions>("/measures/options")).measureTypes;
    expect(after.map((m) => m.name)).toEqual([
      ...before.map((m) => m.name),
      "Mentoring-Programm für Ältere",
    ]);
    // A measure can use it at once.
    const measure = await send("POST", "/measures", {
      title: "Mentoring für ältere Zugewanderte",
      recommendationIds: [recOf(1)],
      measureTypeId: created.json<{ id: string }>().id,
    });
    expect(measure.statusCode, measure.body).toBe(201);

    const again = await send("POST", "/measure-types", { name: "mentoring-programm für ältere" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ errors: [{ path: "name" }] });
    const tooShort = await send("POST", "/measure-types", { name: " x " });
    expect(tooShort.statusCode).toBe(400);
    const partner = await t.signIn("partner");
    expect((await send("POST", "/measure-types", { name: "Anderes" }, partner)).statusCode).toBe(
      403,
    );
    const final = (await get<MeasureOptions>("/measures/options")).measureTypes;
    expect(final).toHaveLength(before.length + 1);
    const audit = await t.database.query<{ n: number }>(
      "select count(*)::int as n from audit_event where action = 'measureType.create'",
    );
    expect(audit[0]?.n).toBe(1);
  });
});
