import { describe, expect, it } from "vitest";
import { checkImportRow, type ImportLookups, parseDate } from "./measure-import";

const lookups: ImportLookups = {
  fields: [
    { id: "F1", position: 1, title: "Ausbildung und Arbeit" },
    { id: "F2", position: 2, title: "Sprache und Bildung" },
  ],
  recommendations: [
    { id: "R1", title: "Sprachkurse wohnortnah anbieten", fieldId: "F2" },
    { id: "R2", title: "Betriebe informieren", fieldId: "F1" },
  ],
  measureTypes: [{ id: "T1", key: "languageCourse", name: "Sprachkurs" }],
};

describe("measure import rules", () => {
  it("reads German dates and refuses 31.02.", () => {
    expect(parseDate("01.03.2025")).toBe("2025-03-01");
    expect(parseDate("2025-03-01")).toBe("2025-03-01");
    expect(parseDate("31.02.2025")).toBeNull();
    expect(parseDate("29.02.2024")).toBe("2024-02-29");
    expect(parseDate("morgen")).toBeNull();
  });
  it("accepts a good row", () => {
    const r = checkImportRow(
      {
        Titel: "Abendkurs",
        Handlungsfeld: "Sprache und Bildung",
        Handlungsempfehlung: "Sprachkurse wohnortnah anbieten",
        Maßnahmenart: "Sprachkurs",
        Beginn: "01.09.2025",
        "Geplante Mittel (Euro)": "5.000,00",
      },
      lookups,
    );
    expect(r.problems).toEqual([]);
    expect(r.measure).toMatchObject({ recommendationIds: ["R1"], plannedCents: 500_000 });
  });
  it("names every bad cell of a row: unknown field, date 31.02.", () => {
    const r = checkImportRow(
      {
        Titel: "Abendkurs",
        Handlungsfeld: "Wohnen",
        Handlungsempfehlung: "Sprachkurse wohnortnah anbieten",
        Maßnahmenart: "Sprachkurs",
        Beginn: "31.02.2025",
      },
      lookups,
    );
    expect(r.measure).toBeNull();
    expect(r.problems).toEqual([
      { column: "Handlungsfeld", code: "unknownField" },
      { column: "Beginn", code: "invalidDate" },
    ]);
  });
  it("refuses a recommendation of another field", () => {
    const r = checkImportRow(
      {
        Titel: "x",
        Handlungsfeld: "1",
        Handlungsempfehlung: "Sprachkurse wohnortnah anbieten",
        Maßnahmenart: "Sprachkurs",
      },
      lookups,
    );
    expect(r.problems).toEqual([{ column: "Handlungsempfehlung", code: "unknownRecommendation" }]);
  });
});
