import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStale, maxOpenCompletion } from "../../../domain/measure-progress";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import { listMeasureRows } from "../../features/measures/read";
import { staleDaysOf, summarise } from "../../features/measures/summaries";
import { seedRotenburg } from "./seed";

describe("Rotenburg seed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: false });
  });
  afterAll(async () => database?.close());

  const count = async (table: string) =>
    Number((await database.query<{ n: string }>(`select count(*) as n from ${table}`))[0]?.n);

  it("seeds the facts of the Vorlage once, and a second run changes nothing", async () => {
    const first = await seedRotenburg(database.db, { examples: true });
    expect(first.created).toBe(true);
    const before = {
      committees: await count("committee"),
      goals: await count("goal"),
      audit: await count("audit_event"),
    };
    const second = await seedRotenburg(database.db, { examples: true });
    expect(second).toEqual({ created: false, tenantId: first.tenantId });
    expect(await count("committee")).toBe(before.committees);
    expect(await count("goal")).toBe(before.goals);
    expect(await count("audit_event")).toBe(before.audit);

    const fields = await database.query<{ title: string }>(
      "select title from action_field order by position",
    );
    expect(fields.map((f) => f.title)).toEqual([
      "Ausbildung und Arbeit",
      "Sprache und Bildung",
      "Gesellschaftliche Integration",
      "Interkulturelle Öffnung der Verwaltung und Zusammenarbeit im Netzwerk",
    ]);
    // The five Einheitsgemeinden carry their official keys (AGS, county 03357); Samtgemeinden none.
    const places = await database.query<{ name: string; kind: string; ags: string | null }>(
      "select name, kind, ags from municipality order by position",
    );
    expect(places).toHaveLength(13);
    expect(places.filter((p) => p.ags).map((p) => [p.name, p.ags])).toEqual([
      ["Bremervörde", "03357008"],
      ["Rotenburg (Wümme)", "03357039"],
      ["Visselhövede", "03357051"],
      ["Gnarrenburg", "03357016"],
      ["Scheeßel", "03357041"],
    ]);
    expect(places.filter((p) => p.kind === "jointMunicipality").every((p) => p.ags === null)).toBe(
      true,
    );
    const committees = await database.query<{ name: string; kind: string }>(
      "select name, kind from committee order by name",
    );
    expect(committees).toEqual([
      { name: "Ausschuss für Soziales, Arbeit und Gesundheit", kind: "specialistCommittee" },
      { name: "Interfraktionelle Arbeitsgruppe", kind: "workingGroup" },
      { name: "Kreisausschuss", kind: "executiveCommittee" },
      { name: "Kreistag", kind: "council" },
    ]);
    const [fund] = await database.query<{ estimate_cents: string; fiscal_year: number }>(
      "select estimate_cents, fiscal_year from fund",
    );
    expect(Number(fund?.estimate_cents)).toBe(100_000_000);
    expect(fund?.fiscal_year).toBe(2024);
    // Every goal and recommendation is example data: the Vorlage names none.
    expect(await count("goal")).toBeGreaterThan(0);
    const real = await database.query("select id from goal where not is_example");
    expect(real).toHaveLength(0);
    // The Vorlage waits for the Ausschuss, outcome open.
    const [open] = await database.query<{ name: string; role: string; outcome: string | null }>(
      "select c.name, k.role, k.outcome from consultation k join committee c on c.tenant_id = k.tenant_id and c.id = k.committee_id",
    );
    expect(open).toEqual({
      name: "Ausschuss für Soziales, Arbeit und Gesundheit",
      role: "decision",
      outcome: null,
    });
  });
});

describe("Rotenburg seed and the rules of honest status", () => {
  it("no seeded measure is 100 % and overdue at once; an old light is stale", async () => {
    const database = await createTestDatabase({ seeded: false });
    try {
      const { tenantId } = await seedRotenburg(database.db, { examples: true });
      const today = "2026-12-06";
      const rows = await listMeasureRows(database.db, tenantId, {});
      const summaries = await summarise(database.db, tenantId, rows, today);
      expect(summaries.length).toBeGreaterThan(0);
      for (const m of summaries) {
        expect(m.completion === 100 && m.overdue).toBe(false);
        if (m.status !== "completed") expect(m.completion).toBeLessThanOrEqual(maxOpenCompletion);
        expect(m.trafficLightStale).toBe(
          isStale(m.latestUpdateOn, today, await staleDaysOf(database.db, tenantId, today)),
        );
      }
      const courses = summaries.find((m) => m.title.startsWith("Wohnortnahe Sprachkurse"));
      expect(courses).toMatchObject({
        status: "inProgress",
        trafficLight: "green",
        latestUpdateOn: "2024-03-01",
        trafficLightStale: true,
        overdue: true,
        completion: 50,
      });
    } finally {
      await database.close();
    }
  });
});

describe("Rotenburg seed without examples", () => {
  it("leaves out goals and recommendations", async () => {
    const database = await createTestDatabase({ seeded: false });
    try {
      await seedRotenburg(database.db, { examples: false });
      const goals = await database.query("select id from goal");
      const recs = await database.query("select id from recommendation");
      expect(goals).toHaveLength(0);
      expect(recs).toHaveLength(0);
      const fields = await database.query("select id from action_field");
      expect(fields).toHaveLength(4);
    } finally {
      await database.close();
    }
  });
});
