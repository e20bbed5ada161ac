import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept, ConceptVersion } from "../../../contract/concept";
import type { ConceptDiff } from "../../../contract/concept-diff";
import type { Committee } from "../../../contract/council";
import { builtInCommittee, concept, measure, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("editing the whole concept in a draft: add, merge, remove with re-link", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let draft: ConceptVersion;
  let council: Committee;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = { ...(await t.signIn("coordinator")), "accept-language": "de-DE" };
    // An adopted concept whose first field has two goals; a measure serves the first
    // recommendation of the second field (its goal has a second recommendation).
    const scope = scopeOf(t);
    council = await builtInCommittee(scope);
    await concept(scope, {
      committeeId: council.id,
      fields: [
        {
          title: "Ausbildung und Arbeit",
          goals: [
            {
              title: "Schneller in Ausbildung",
              recommendations: ["Beratung verzahnen", "Anerkennung begleiten"],
            },
            { title: "Arbeitgeber gewonnen", recommendations: ["Betriebe informieren"] },
          ],
        },
        {
          title: "Sprache und Bildung",
          goals: [
            {
              title: "Genug Sprachkursplätze",
              recommendations: ["Wohnortnahe Kurse", "Wartezeiten verringern"],
            },
          ],
        },
      ],
    });
    await measure(scope, { actionFieldTitle: "Sprache und Bildung" });
    draft = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/concept/versions",
        payload: { title: "Fortschreibung 2026" },
        headers: editor,
      })
    ).json<ConceptVersion>();
  });
  afterAll(async () => t?.close());

  const send = (method: "POST" | "DELETE" | "GET", url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1/concept/versions/${draft.id}/${url}`,
      payload,
      headers: editor,
    });
  const read = async () =>
    (
      await t.app.inject({ url: `/api/v1/concept/versions/${draft.id}`, headers: editor })
    ).json<ConceptVersion>();
  /** A recommendation of the draft that the measure serves (by lineage). */
  const linkedRecommendation = async () => {
    const [row] = await t.database.query<{ lineage_id: string }>(
      `select r.lineage_id from measure_recommendation mr
         join recommendation r on r.tenant_id = mr.tenant_id and r.id = mr.recommendation_id limit 1`,
    );
    const version = await read();
    for (const f of version.actionFields)
      for (const g of f.goals)
        for (const r of g.recommendations)
          if (r.lineageId === row?.lineage_id) return { field: f, goal: g, rec: r };
    throw new Error("no linked recommendation in the draft");
  };

  it("adds an action field at the end and refuses it on an adopted version", async () => {
    const added = await send("POST", "action-fields", {
      title: "Wohnen",
      guidingGoal: "Alle wohnen gut.",
    });
    expect(added.statusCode, added.body).toBe(201);
    const version = await read();
    expect(version.actionFields.at(-1)?.title).toBe("Wohnen");
    const concept = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>();
    const onAdopted = await t.app.inject({
      method: "POST",
      url: `/api/v1/concept/versions/${concept.current?.id}/action-fields`,
      payload: { title: "Nein" },
      headers: editor,
    });
    expect(onAdopted.statusCode).toBe(409);
  });

  it("merges a goal into another: its recommendations move along", async () => {
    const version = await read();
    const field = version.actionFields.find((f) => f.goals.length >= 2);
    const [a, b] = field?.goals ?? [];
    if (!a || !b) throw new Error("no two goals");
    const merged = await send("POST", `goals/${a.id}/merge`, { intoId: b.id });
    expect(merged.statusCode, merged.body).toBe(200);
    const after = (await read()).actionFields.find((f) => f.id === field?.id);
    const into = after?.goals.find((g) => g.id === b.id);
    expect(after?.goals.some((g) => g.id === a.id)).toBe(false);
    expect(into?.recommendations.map((r) => r.title)).toEqual([
      ...b.recommendations.map((r) => r.title),
      ...a.recommendations.map((r) => r.title),
    ]);
    expect((await send("POST", `goals/${b.id}/merge`, { intoId: b.id })).statusCode).toBe(422);
    // The draft's diff says which goal went where.
    const diff = (await send("GET", "diff")).json<ConceptDiff>();
    const gone = diff.changes.find((c) => c.type === "removed" && c.lineageId === a.lineageId);
    expect(gone).toMatchObject({ type: "removed", relinkedToLineageId: b.lineageId });
    expect(diff.parentTitles[b.lineageId]).toBe(b.title);
  });

  it("removing a recommendation a measure serves asks where it goes; adoption moves the measure", async () => {
    const { rec, goal } = await linkedRecommendation();
    const refs = await send("GET", `recommendations/${rec.id}/references`);
    expect(refs.json<{ count: number }>().count).toBeGreaterThan(0);
    const refused = await send("DELETE", `recommendations/${rec.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0].path).toBe("relinkTo");
    const other =
      goal.recommendations.find((r) => r.id !== rec.id) ??
      (await read()).actionFields[0]?.goals[0]?.recommendations[0];
    if (!other || other.id === rec.id) throw new Error("no other recommendation");
    const [{ n: measuresBefore } = { n: 0 }] = await t.database.query<{ n: number }>(
      `select count(distinct mr.measure_id)::int n from measure_recommendation mr
         join recommendation r on r.tenant_id = mr.tenant_id and r.id = mr.recommendation_id
        where r.lineage_id = $1`,
      [rec.lineageId],
    );
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/concept/versions/${draft.id}/recommendations/${rec.id}?relinkTo=${other.id}`,
      headers: editor,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const adopted = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      headers: editor,
      payload: {
        committeeId: council.id,
        decidedOn: "2025-02-01",
        outcome: "adopted",
        text: "Fortschreibung beschlossen.",
        effects: [{ type: "adoptConceptVersion", conceptVersionId: draft.id }],
      },
    });
    expect(adopted.statusCode, adopted.body).toBe(201);
    const moved = await t.database.query<{ n: number }>(
      `select count(*)::int n from measure_recommendation mr
         join recommendation r on r.tenant_id = mr.tenant_id and r.id = mr.recommendation_id
        where r.id = $1`,
      [other.id],
    );
    expect(moved[0]?.n).toBeGreaterThanOrEqual(Number(measuresBefore));
    const orphans = await t.database.query(
      `select 1 from measure_recommendation mr
         join recommendation r on r.tenant_id = mr.tenant_id and r.id = mr.recommendation_id
        where r.lineage_id = $1`,
      [rec.lineageId],
    );
    expect(orphans).toHaveLength(0);
  });
});
