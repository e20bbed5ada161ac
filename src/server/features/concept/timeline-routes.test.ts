import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept } from "../../../contract/concept";
import type { ConceptTimeline } from "../../../contract/concept-timeline";
import type { Council } from "../../../contract/council";
import type { FundList } from "../../../contract/ledger";
import { concept as adopt, committee, paper, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("GET /concept/timeline", () => {
  let t: TestApp;
  let concept: Concept;
  let council: Council;
  const field = (title: string) => {
    const found = concept.current?.actionFields.find((f) => f.title === title);
    if (!found) throw new Error(`no field ${title}`);
    return found;
  };
  const timeline = async (query = "") =>
    (await t.app.inject({ url: `/api/v1/concept/timeline${query}` })).json<ConceptTimeline>();

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    // This file's own concept and fund (adopted and granted by the Kreisausschuss every county
    // has), committee and paper (testing/factories).
    const scope = scopeOf(t);
    const bodies = (await t.app.inject({ url: "/api/v1/council" })).json<Council>().committees;
    const executive = bodies.find((c) => c.kind === "executiveCommittee");
    if (!executive) throw new Error("no Kreisausschuss");
    // The fund is granted with the adoption, so that the timeline holds two decisions.
    await adopt(scope, {
      committeeId: executive.id,
      decidedOn: "2023-03-15",
      fields: [{ title: "Ausbildung und Arbeit" }, { title: "Sprache und Bildung" }],
      effects: [
        {
          type: "grantFund",
          name: "Mittel für Sprachkurse 2024",
          fiscalYear: 2024,
          estimateCents: 100_000_000,
          purpose: [],
        },
      ],
    });
    const million = (await t.app.inject({ url: "/api/v1/funds" }))
      .json<FundList>()
      .items.find((f) => f.name === "Mittel für Sprachkurse 2024");
    const social = await committee(scope, {
      name: "Ausschuss für Soziales, Arbeit und Gesundheit",
    });
    await paper(scope, { committeeId: social.id });
    concept = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>();
    council = (await t.app.inject({ url: "/api/v1/council" })).json<Council>();
    const language = field("Sprache und Bildung").lineageId;
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      headers: await t.signIn("coordinator"),
      payload: {
        committeeId: social.id,
        paperId: council.papers[0]?.id,
        decidedOn: "2024-03-05",
        outcome: "adopted",
        text: "Beschluss wie vorgeschlagen.",
        effects: [
          { type: "confirmConceptVersion", conceptVersionId: concept.current?.id },
          { type: "setFocus", actionFieldLineageId: language },
          {
            type: "changeFundPurpose",
            fundId: million?.id,
            purpose: [{ kind: "actionField", actionFieldLineageId: language }],
          },
          { type: "requireReporting", committeeId: social.id, cadence: "halfYearly" },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
  });
  afterAll(async () => t?.close());

  it("shows the whole concept's decisions in order, with committee, paper and meeting links", async () => {
    const all = await timeline();
    expect(all.entries.map((e) => [e.resolution.decidedOn, e.resolution.committee.name])).toEqual([
      ["2023-03-15", "Kreisausschuss"],
      ["2024-03-05", "Ausschuss für Soziales, Arbeit und Gesundheit"],
    ]);
    const latest = all.entries[1];
    expect(latest?.resolution.paper?.id).toBe(council.papers[0]?.id);
    expect(latest?.reach).toEqual([
      "all",
      [field("Sprache und Bildung").lineageId],
      [field("Sprache und Bildung").lineageId],
      [],
    ]);
    expect(all.names.actionFields[field("Sprache und Bildung").lineageId]).toBe(
      "Sprache und Bildung",
    );
    expect(Object.values(all.names.funds)).toContain("Mittel für Sprachkurse 2024");
  });

  it("gives each field the decisions that reach it", async () => {
    const language = await timeline(
      `?actionFieldLineageId=${field("Sprache und Bildung").lineageId}`,
    );
    expect(language.entries).toHaveLength(2);
    const work = await timeline(
      `?actionFieldLineageId=${field("Ausbildung und Arbeit").lineageId}`,
    );
    // The confirmation reaches every field; the focus and the fund do not reach this one.
    expect(work.entries.map((e) => e.resolution.decidedOn)).toEqual(["2023-03-15", "2024-03-05"]);
  });
});
