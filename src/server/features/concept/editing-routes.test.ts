import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept, ConceptVersion } from "../../../contract/concept";
import { builtInCommittee, concept, measure, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("editing a draft concept version", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let adopted: ConceptVersion;
  let draft: ConceptVersion;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = { ...(await t.signIn("coordinator")), "accept-language": "de-DE" };
    // An adopted concept: the second field has two goals, and a measure serves the first
    // recommendation of its first goal.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    await concept(scope, {
      committeeId: council.id,
      fields: [
        {
          title: "Ausbildung und Arbeit",
          goals: [{ title: "Schneller in Ausbildung", recommendations: ["Beratung verzahnen"] }],
        },
        {
          title: "Sprache und Bildung",
          goals: [
            {
              title: "Genug Sprachkursplätze",
              recommendations: ["Wohnortnahe Kurse", "Wartezeiten verringern"],
            },
            { title: "Gute Bildungsabschlüsse", recommendations: ["Sprachförderung in Kitas"] },
          ],
        },
      ],
    });
    await measure(scope, { actionFieldTitle: "Sprache und Bildung" });
    adopted = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>()
      .current as ConceptVersion;
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

  const read = async (id: string) =>
    (
      await t.app.inject({ url: `/api/v1/concept/versions/${id}`, headers: editor })
    ).json<ConceptVersion>();
  const auditCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from audit_event"))[0]?.n);
  const send = (method: "PATCH" | "POST" | "DELETE", url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1/concept/versions/${url}`, payload, headers: editor });

  it("renames a field, describes a goal, adds and re-orders recommendations, and audits each", async () => {
    const before = await auditCount();
    const field = draft.actionFields[1];
    const goal = field?.goals[0];
    expect(
      (
        await send("PATCH", `${draft.id}/action-fields/${field?.id}`, {
          title: "Sprache & Bildung",
          guidingGoal: "Alle können Deutsch lernen.",
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await send("PATCH", `${draft.id}/goals/${goal?.id}`, { description: "Kita und Schule" }))
        .statusCode,
    ).toBe(200);
    const added = await send("POST", `${draft.id}/recommendations`, {
      goalId: goal?.id,
      title: "Sprachkurse für Eltern",
    });
    expect(added.statusCode).toBe(201);
    const { id: newId } = added.json<{ id: string }>();
    expect(
      (await send("POST", `${draft.id}/recommendations/${newId}/move`, { direction: "up" }))
        .statusCode,
    ).toBe(200);

    const reread = await read(draft.id);
    const field2 = reread.actionFields[1];
    expect(field2).toMatchObject({
      title: "Sprache & Bildung",
      guidingGoal: "Alle können Deutsch lernen.",
    });
    expect(field2?.lineageId).toBe(field?.lineageId);
    expect(field2?.goals[0]?.description).toBe("Kita und Schule");
    const recs = field2?.goals[0]?.recommendations ?? [];
    expect(recs.at(-2)?.title).toBe("Sprachkurse für Eltern");
    expect(recs.map((r) => r.position)).toEqual(recs.map((_, i) => i + 1));
    expect(await auditCount()).toBe(before + 4);
  });

  it("moves an action field down and refuses to move the last one further (422)", async () => {
    const [first, second] = draft.actionFields;
    expect(
      (await send("POST", `${draft.id}/action-fields/${first?.id}/move`, { direction: "down" }))
        .statusCode,
    ).toBe(200);
    const reread = await read(draft.id);
    expect(reread.actionFields.map((f) => f.id).slice(0, 2)).toEqual([second?.id, first?.id]);
    const last = reread.actionFields.at(-1);
    const refused = await send("POST", `${draft.id}/action-fields/${last?.id}/move`, {
      direction: "down",
    });
    expect(refused.statusCode).toBe(422);
  });

  it("retires a goal: it leaves the draft (its referenced recommendations move), the rest close ranks", async () => {
    // The language field (first since the move above); a measure serves its first goal.
    const lineage = draft.actionFields[1]?.lineageId;
    const field = (await read(draft.id)).actionFields.find((f) => f.lineageId === lineage);
    const goal = field?.goals[0];
    // Measures serve it: removing asks where they go (409), then takes the named goal.
    const asked = await send("DELETE", `${draft.id}/goals/${goal?.id}`);
    expect(asked.statusCode).toBe(409);
    const other = field?.goals[1];
    const response = await send("DELETE", `${draft.id}/goals/${goal?.id}?relinkTo=${other?.id}`);
    expect(response.statusCode).toBe(204);
    const after = (await read(draft.id)).actionFields.find((f) => f.lineageId === lineage);
    expect(after?.goals.map((g) => g.id)).not.toContain(goal?.id);
    expect(after?.goals.map((g) => g.position)).toEqual(after?.goals.map((_, i) => i + 1));
    // The adopted version still has it.
    const original = (await read(adopted.id)).actionFields.flatMap((f) => f.goals);
    expect(original.map((g) => g.lineageId)).toContain(goal?.lineageId);
  });

  it("refuses every change to the adopted version with 409 and a German message; nothing changes", async () => {
    const before = await read(adopted.id);
    const audits = await auditCount();
    const field = adopted.actionFields[0];
    const goal = field?.goals[0];
    const rec = goal?.recommendations[0];
    const attempts = [
      send("PATCH", `${adopted.id}/action-fields/${field?.id}`, { title: "Nein" }),
      send("PATCH", `${adopted.id}/goals/${goal?.id}`, { description: "Nein" }),
      send("PATCH", `${adopted.id}/recommendations/${rec?.id}`, { status: "dropped" }),
      send("POST", `${adopted.id}/goals/${goal?.id}/move`, { direction: "down" }),
      send("DELETE", `${adopted.id}/recommendations/${rec?.id}`),
      send("DELETE", `${adopted.id}/action-fields/${field?.id}`),
      send("POST", `${adopted.id}/recommendations`, { goalId: goal?.id, title: "Nein" }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().detail).toContain("beschlossen und kann nicht mehr geändert werden");
    }
    expect(await read(adopted.id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("answers 404 for an item of another version", async () => {
    const otherVersionsField = adopted.actionFields[0];
    const response = await send("PATCH", `${draft.id}/action-fields/${otherVersionsField?.id}`, {
      title: "x",
    });
    expect(response.statusCode).toBe(404);
  });
});
