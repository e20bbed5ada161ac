import type { Fund } from "../contract/ledger";
import type { Measure, MeasureOptions } from "../contract/measures";
import { builtInCommittee, concept, fund, partner, scopeOf } from "./factories";
import type { TestApp } from "./test-app";

/**
 * A county's money to book against, stated here rather than taken from the seed (call on a test
 * app created with `seeded: false`): its Kreistag adopted a concept with the fields
 * „Ausbildung und Arbeit“ and „Sprache und Bildung“ (the focus) and granted the 2024 million
 * („Mittel für Sprachkurse 2024“, 1.000.000 €, for language courses in the focus field, from
 * 1 January 2024); two providers (a Volkshochschule and a Jobcenter); three measures created
 * through the API by the given editor.
 */
export async function ledgerFixtures(t: TestApp, editor: Record<string, string>) {
  const scope = scopeOf(t);
  const council = await builtInCommittee(scope);
  const adopted = await concept(scope, {
    committeeId: council.id,
    decidedOn: "2023-03-15",
    fields: [{ title: "Ausbildung und Arbeit" }, { title: "Sprache und Bildung" }],
    focus: "Sprache und Bildung",
  });
  const language = adopted.actionFields.find((f) => f.title === "Sprache und Bildung");
  if (!language) throw new Error("concept without the language field");
  const options = (
    await t.app.inject({ url: "/api/v1/measures/options", headers: editor })
  ).json<MeasureOptions>();
  const type = (key: string) => {
    const found = options.measureTypes.find((m) => m.key === key);
    if (!found) throw new Error(`no measure type ${key}`);
    return found.id;
  };
  const million: Fund = await fund(scope, {
    committeeId: council.id,
    name: "Mittel für Sprachkurse 2024",
    fiscalYear: 2024,
    estimateCents: 100_000_000,
    decidedOn: "2024-01-01",
    purpose: [
      {
        kind: "measureType",
        measureTypeId: type("languageCourse"),
        actionFieldLineageId: language.lineageId,
        note: "Vom Kreistag für Sprachkurse zur Verfügung gestellt.",
      },
    ],
  });
  const vhs = await partner(scope, { name: "Volkshochschule Zeven", kind: "adultEducation" });
  const jobcenter = await partner(scope, { name: "Jobcenter Rotenburg", kind: "jobcenter" });
  const field = (title: string) => {
    const found = options.actionFields.find((f) => f.title === title);
    const rec = found?.goals.flatMap((g) => g.recommendations)[0];
    if (!found || !rec) throw new Error(`no recommendation in ${title}`);
    return { fieldId: found.id, recommendationId: rec.id };
  };
  const createMeasure = async (title: string, typeKey: string, fieldTitle: string) => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      headers: editor,
      payload: {
        title,
        measureTypeId: type(typeKey),
        recommendationIds: [field(fieldTitle).recommendationId],
      },
    });
    if (response.statusCode !== 201) throw new Error(`measure: ${response.body}`);
    return response.json<Measure>().id;
  };
  return {
    council,
    million,
    partners: { vhs, jobcenter },
    languageFieldLineage: language.lineageId,
    course: await createMeasure("Sprachkurs A1 Zeven", "languageCourse", "Sprache und Bildung"),
    counselling: await createMeasure(
      "Lernberatung für Zugewanderte",
      "counselling",
      "Sprache und Bildung",
    ),
    workCourse: await createMeasure(
      "Berufssprachkurs im Betrieb",
      "languageCourse",
      "Ausbildung und Arbeit",
    ),
  };
}
