import type { Fund, FundList } from "../contract/ledger";
import type { Measure, MeasureOptions } from "../contract/measures";
import type { TestApp } from "./test-app";

/** The seed's 2024 million and measures to book against, created through the API. */
export async function ledgerFixtures(t: TestApp, editor: Record<string, string>) {
  const funds = (await t.app.inject({ url: "/api/v1/funds" })).json<FundList>().items;
  const million = funds.find((f) => f.name === "Mittel für Sprachkurse 2024") as Fund;
  if (!million) throw new Error("seed fund missing");
  const options = (
    await t.app.inject({ url: "/api/v1/measures/options", headers: editor })
  ).json<MeasureOptions>();
  const type = (key: string) => {
    const found = options.measureTypes.find((m) => m.key === key);
    if (!found) throw new Error(`no measure type ${key}`);
    return found.id;
  };
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
    million,
    languageFieldLineage: async () => {
      const concept = (await t.app.inject({ url: "/api/v1/concept" })).json<{
        current: { actionFields: { title: string; lineageId: string }[] } | null;
      }>();
      const found = concept.current?.actionFields.find((f) => f.title === "Sprache und Bildung");
      if (!found) throw new Error("no field");
      return found.lineageId;
    },
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
