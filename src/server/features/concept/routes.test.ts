import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept, ConceptVersion } from "../../../contract/concept";
import { concept as adoptedConcept, committee, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/** The four action fields of the concept this test adopts (the factory gives each a goal). */
const fieldTitles = [
  "Ausbildung und Arbeit",
  "Sprache und Bildung",
  "Gesellschaftliche Integration",
  "Interkulturelle Öffnung der Verwaltung",
];

describe("concept API", () => {
  let t: TestApp;
  let concept: Concept;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    const scope = scopeOf(t);
    const executive = await committee(scope, {
      name: "Kreisausschuss",
      kind: "executiveCommittee",
    });
    await adoptedConcept(scope, {
      committeeId: executive.id,
      decidedOn: "2023-03-15",
      fields: fieldTitles.map((title) => ({ title })),
    });
    concept = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>();
  });
  afterAll(async () => t?.close());

  const auditCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from audit_event"))[0]?.n);

  it("shows the adopted version with fields, goals and recommendations, not flagged as examples", () => {
    const current = concept.current;
    expect(current?.status).toBe("adopted");
    expect(current?.adoptedBy).toMatchObject({
      committee: "Kreisausschuss",
      decidedOn: "2023-03-15",
    });
    expect(current?.actionFields.map((f) => f.title)).toEqual(fieldTitles);
    const goals = current?.actionFields.flatMap((f) => f.goals) ?? [];
    expect(goals.length).toBeGreaterThan(0);
    expect(goals.every((g) => g.recommendations.length > 0)).toBe(true);
    // An imported concept is the county's own: its goals and recommendations are not examples.
    expect(goals.some((g) => g.isExample || g.recommendations.some((r) => r.isExample))).toBe(
      false,
    );
  });

  it("creates a draft copy, adds a goal to it and audits both", async () => {
    const before = await auditCount();
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: { title: "Fortschreibung 2025" },
      headers: editor,
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json<ConceptVersion>();
    expect(draft).toMatchObject({ status: "draft", number: 2, title: "Fortschreibung 2025" });
    const source = concept.current;
    expect(draft.actionFields.map((f) => f.lineageId)).toEqual(
      source?.actionFields.map((f) => f.lineageId),
    );
    expect(draft.actionFields[0]?.id).not.toBe(source?.actionFields[0]?.id);

    const field = draft.actionFields[1];
    const added = await t.app.inject({
      method: "POST",
      url: `/api/v1/concept/versions/${draft.id}/goals`,
      payload: { actionFieldId: field?.id, title: "Neues Ziel" },
      headers: editor,
    });
    expect(added.statusCode).toBe(201);
    const reread = (
      await t.app.inject({ url: `/api/v1/concept/versions/${draft.id}`, headers: editor })
    ).json<ConceptVersion>();
    expect(reread.actionFields[1]?.goals.map((g) => g.title)).toContain("Neues Ziel");
    expect(await auditCount()).toBe(before + 2);
  });

  it("refuses to change an adopted version (409) and changes nothing", async () => {
    const adopted = concept.current;
    const before = await auditCount();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1/concept/versions/${adopted?.id}/goals`,
      payload: { actionFieldId: adopted?.actionFields[0]?.id, title: "Darf nicht" },
      headers: { ...editor, "accept-language": "de-DE" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().detail).toContain("beschlossen");
    const reread = (
      await t.app.inject({ url: `/api/v1/concept/versions/${adopted?.id}` })
    ).json<ConceptVersion>();
    expect(reread.actionFields[0]?.goals.map((g) => g.title)).not.toContain("Darf nicht");
    expect(await auditCount()).toBe(before);
  });

  it("refuses a field of another version with a per-field error", async () => {
    const draft = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/concept/versions",
        payload: {},
        headers: editor,
      })
    ).json<ConceptVersion>();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1/concept/versions/${draft.id}/goals`,
      payload: { actionFieldId: concept.current?.actionFields[0]?.id, title: "X" },
      headers: { ...editor, "accept-language": "en" },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        path: "actionFieldId",
        message: "This action field does not belong to this concept version.",
      },
    ]);
  });

  it("reports every invalid field at once, in the caller's language", async () => {
    const draft = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/concept/versions",
        payload: {},
        headers: editor,
      })
    ).json<ConceptVersion>();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1/concept/versions/${draft.id}/goals`,
      payload: { title: "   ", colour: "rot" },
      headers: { ...editor, "accept-language": "de" },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.title).toBe("Die Eingabe ist ungültig.");
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: "actionFieldId", message: "Pflichtangabe fehlt." },
        { path: "title", message: "Darf nicht leer sein." },
        { path: "colour", message: "Unbekannte Angabe: colour." },
      ]),
    );
  });

  it("answers 404 for an unknown version", async () => {
    const response = await t.app.inject({
      url: "/api/v1/concept/versions/00000000-0000-4000-8000-000000000000",
      headers: { "accept-language": "en" },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toBe("This concept version does not exist.");
  });
});
