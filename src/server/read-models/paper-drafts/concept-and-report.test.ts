import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept, ConceptVersion } from "../../../contract/concept";
import type { Council, Paper } from "../../../contract/council";
import {
  builtInCommittee,
  committee,
  concept,
  fund,
  measure,
  meeting,
  scopeOf,
} from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * Vorlagen drafted from a concept draft (its changes against the adopted concept; adopting the
 * paper adopts the draft) and from a final Sachstandsbericht (zur Kenntnisnahme).
 */
describe("papers drafted from a concept draft and from a final report", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let social: string;
  let adopted: ConceptVersion;
  let draft: ConceptVersion;
  let meetingId: string;
  const api = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...editor, "accept-language": "de" },
      payload,
    });

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-01-10";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    // This file's own concept (two fields, each with a goal), committee, fund and two measures.
    const scope = scopeOf(t);
    const executive = await builtInCommittee(scope, "executiveCommittee");
    await concept(scope, { committeeId: executive.id, decidedOn: "2023-03-15" });
    await fund(scope, { committeeId: executive.id, estimateCents: 100_000_000 });
    await measure(scope, {}, "2024-03-01");
    await measure(scope, {}, "2024-03-01");
    social = (await committee(scope, { name: "Ausschuss für Soziales, Arbeit und Gesundheit" })).id;
    meetingId = (
      await meeting(scope, {
        committeeId: social,
        name: "Sozialausschuss März",
        meetingDate: "2025-03-12",
      })
    ).id;
    adopted = (await api("GET", "/concept")).json<Concept>().current as ConceptVersion;
    draft = (await api("POST", "/concept/versions", {})).json<ConceptVersion>();
    const field = draft.actionFields[1];
    const base = `/concept/versions/${draft.id}`;
    expect(
      (await api("PATCH", `${base}/action-fields/${field?.id}`, { title: "Sprache und Teilhabe" }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await api("POST", `${base}/recommendations`, {
          goalId: field?.goals[0]?.id,
          title: "Elternkurse",
        })
      ).statusCode,
    ).toBe(201);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("a concept draft: its changes in the Sachverhalt; adopting the paper adopts the draft", async () => {
    const field = draft.actionFields[1];
    const response = await api("POST", `/concept/versions/${draft.id}/paper-drafts`, {
      committeeId: social,
    });
    expect(response.statusCode, response.body).toBe(201);
    const paper = response.json<Paper>();
    expect(paper.kind).toBe("decision");
    expect(paper.title).toBe(
      `Fortschreibung des Integrationskonzepts: Beschluss der Fassung ${draft.number} „${draft.title}“`,
    );
    expect(paper.statementOfFacts).toContain(
      `Das geltende Integrationskonzept ist die Fassung ${adopted.number} „${adopted.title}“`,
    );
    expect(paper.statementOfFacts).toContain(
      "Gegenüber der geltenden Fassung ändert der Entwurf (2 Änderungen):",
    );
    expect(paper.statementOfFacts).toContain(
      `- umbenannt: Handlungsfeld „${field?.title}“ heißt jetzt „Sprache und Teilhabe“`,
    );
    expect(paper.statementOfFacts).toContain(
      `- neu: Handlungsempfehlung „Elternkurse“ (unter „${field?.goals[0]?.title}“)`,
    );
    expect(paper.proposedResolution).toContain(
      `Die Fassung ${draft.number} „${draft.title}“ des Integrationskonzepts wird beschlossen.`,
    );
    expect(paper.consultations).toMatchObject([
      { committee: { id: social }, role: "decision", meeting: { id: meetingId } },
    ]);

    // The office edits the text after; the proposed effect stays.
    const edited = await api("PATCH", `/papers/${paper.id}`, {
      statementOfFacts: `${paper.statementOfFacts}\n\nErgänzung der Verwaltung.`,
    });
    expect(edited.statusCode, edited.body).toBe(200);

    const adoptedNow = await api("POST", "/resolutions", {
      committeeId: social,
      paperId: paper.id,
      consultationId: paper.consultations[0]?.id,
      decidedOn: "2025-01-10",
      outcome: "adopted",
      text: paper.proposedResolution,
      effects: paper.proposedEffects,
    });
    expect(adoptedNow.statusCode, adoptedNow.body).toBe(201);
    const concept = (await api("GET", "/concept")).json<Concept>();
    expect(concept.current?.id).toBe(draft.id);

    // Only a draft can be drafted into a paper.
    const again = await api("POST", `/concept/versions/${draft.id}/paper-drafts`, {
      committeeId: social,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toBe(
      "Eine Vorlage lässt sich nur aus einem Entwurf des Integrationskonzepts entwerfen.",
    );
  });

  it("refuses a meeting of another committee at the field, writing nothing", async () => {
    const next = (await api("POST", "/concept/versions", {})).json<ConceptVersion>();
    const council = (await api("GET", "/council")).json<Council>();
    const other = council.committees.find((c) => c.id !== social)?.id ?? "";
    const before = (await api("GET", "/council")).json<Council>().papers.length;
    const refused = await api("POST", `/concept/versions/${next.id}/paper-drafts`, {
      committeeId: other,
      meetingId,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe("meetingId");
    expect((await api("GET", "/council")).json<Council>().papers.length).toBe(before);
  });

  it("a final report: Mitteilungsvorlage zur Kenntnisnahme, the paper its draft names", async () => {
    const created = await api("POST", "/report-drafts", {
      committeeId: social,
      meetingId,
      periodFrom: "2024-07-01",
      periodTo: "2025-02-19",
      title: "Sachstandsbericht 2. Halbjahr 2024",
    });
    expect(created.statusCode, created.body).toBe(201);
    const draftId = created.json<{ id: string }>().id;
    const final = await api("POST", `/report-drafts/${draftId}/finalise`, {});
    expect(final.statusCode, final.body).toBe(201);
    const reportId = final.json<{ id: string }>().id;

    const response = await api("POST", `/committee-reports/${reportId}/paper-drafts`, {});
    expect(response.statusCode, response.body).toBe(201);
    const paper = response.json<Paper>();
    expect(paper.kind).toBe("information");
    expect(paper.title).toBe(
      "Sachstandsbericht 2. Halbjahr 2024 (Berichtszeitraum 01.07.2024 bis 19.02.2025)",
    );
    expect(paper.statementOfFacts).toContain(
      "Die Verwaltung berichtet dem Ausschuss für Soziales, Arbeit und Gesundheit über den Stand",
    );
    expect(paper.statementOfFacts).toMatch(/Der Bericht umfasst \d+ Maßnahmen\./);
    expect(paper.statementOfFacts).toContain("- bewilligt: ");
    expect(paper.proposedResolution).toBe(
      "Der Ausschuss für Soziales, Arbeit und Gesundheit nimmt den Sachstandsbericht über den Zeitraum vom 01.07.2024 bis 19.02.2025 zur Kenntnis.",
    );
    expect(paper.proposedEffects).toEqual([]);
    expect(paper.consultations).toMatchObject([
      { committee: { id: social }, role: "noting", meeting: { id: meetingId } },
    ]);
    // The report's draft now names the paper; a second paper is refused.
    const drafts = (await api("GET", "/report-drafts")).json<{
      items: { id: string; paper: { id: string } | null }[];
    }>();
    expect(drafts.items.find((d) => d.id === draftId)?.paper?.id).toBe(paper.id);
    const twice = await api("POST", `/committee-reports/${reportId}/paper-drafts`, {});
    expect(twice.statusCode).toBe(409);
  });
});
