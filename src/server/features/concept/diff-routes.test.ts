import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept, ConceptVersion } from "../../../contract/concept";
import type { ConceptDiff } from "../../../contract/concept-diff";
import { builtInCommittee, concept, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("GET /concept/versions/:id/diff", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let adopted: ConceptVersion;
  let draft: ConceptVersion;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    // An adopted concept with two fields, each with a goal and its recommendation.
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
          goals: [{ title: "Genug Sprachkursplätze", recommendations: ["Wohnortnahe Kurse"] }],
        },
      ],
    });
    adopted = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>()
      .current as ConceptVersion;
    draft = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/concept/versions",
        payload: {},
        headers: editor,
      })
    ).json<ConceptVersion>();
  });
  afterAll(async () => t?.close());

  const diffOf = (id: string, headers: Record<string, string> = editor) =>
    t.app.inject({ url: `/api/v1/concept/versions/${id}/diff`, headers });

  it("shows a fresh draft as unchanged, the first version as all added", async () => {
    expect((await diffOf(draft.id)).json<ConceptDiff>()).toMatchObject({
      previous: { id: adopted.id },
      changes: [],
    });
    const first = (await diffOf(adopted.id, {})).json<ConceptDiff>();
    expect(first.previous).toBeNull();
    expect(first.changes.every((c) => c.type === "added")).toBe(true);
  });

  it("lists rename, new recommendation, move and retirement of the edited draft", async () => {
    const [f1, f2] = draft.actionFields;
    const goal = f2?.goals[0];
    const base = `/api/v1/concept/versions/${draft.id}`;
    const send = (method: "PATCH" | "POST" | "DELETE", url: string, payload?: object) =>
      t.app.inject({ method, url: `${base}/${url}`, payload, headers: editor });
    await send("PATCH", `action-fields/${f2?.id}`, { title: "Sprache, Bildung und Teilhabe" });
    await send("POST", "recommendations", { goalId: goal?.id, title: "Elternkurse" });
    await send("POST", `action-fields/${f1?.id}/move`, { direction: "down" });
    await send("DELETE", `goals/${f1?.goals[0]?.id}`);

    const diff = (await diffOf(draft.id)).json<ConceptDiff>();
    const summary = diff.changes.map((c) => `${c.type}:${c.kind}:${c.title}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        "renamed:actionField:Sprache, Bildung und Teilhabe",
        `moved:actionField:${f1?.title}`,
        "added:recommendation:Elternkurse",
        `removed:goal:${f1?.goals[0]?.title}`,
      ]),
    );
    const added = diff.changes.find((c) => c.type === "added");
    expect(
      added && "parentLineageId" in added && diff.parentTitles[added.parentLineageId ?? ""],
    ).toBe(goal?.title);
  });

  it("hides drafts from visitors (404)", async () => {
    expect((await diffOf(draft.id, {})).statusCode).toBe(404);
  });
});
