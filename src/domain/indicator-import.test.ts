import { describe, expect, it } from "vitest";
import { checkImport, parseNumber } from "./indicator-import";

const indicators = [
  {
    id: "i1",
    key: "b1-passes",
    unit: "count" as const,
    periodicity: "quarter" as const,
    aggregation: "sum" as const,
  },
  {
    id: "i2",
    key: "share",
    unit: "percent" as const,
    periodicity: "year" as const,
    aggregation: "ratio" as const,
  },
];
const municipalities = [
  { id: "m1", name: "Rotenburg (Wümme)", ags: "03357039" },
  { id: "m2", name: "Visselhövede", ags: null },
];
const check = (table: string[][]) => checkImport(table, { indicators, municipalities });

describe("checkImport", () => {
  it("reads numbers in German and plain form", () => {
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parseNumber("1234.5")).toBe(1234.5);
    expect(parseNumber("12 a")).toBeNull();
  });

  it("accepts rows by municipality name or AGS and keeps suppression marks", () => {
    const { rows, missing } = check([
      ["Kennzahl", "Zeitraum", "AGS", "Gemeinde", "Wert"],
      ["b1-passes", "2025-Q1", "03357039", "", "12"],
      ["b1-passes", "2025-Q2", "", "Visselhövede", "."],
      ["b1-passes", "2025-Q2", "03357039", "", "*"],
    ]);
    expect(missing).toEqual([]);
    expect(rows.map((r) => r.problems)).toEqual([[], [], []]);
    expect(rows[1]?.value).toMatchObject({ municipalityId: "m2", value: null, mark: "." });
    expect(rows[2]?.value).toMatchObject({ municipalityId: "m1", value: null, mark: "*" });
  });

  it("names row and column of a text in a number column, a negative count, an unknown place", () => {
    const { rows } = check([
      ["Kennzahl", "Zeitraum", "AGS", "Wert"],
      ["b1-passes", "2025-Q1", "03357039", "zwölf"],
      ["b1-passes", "2025-Q1", "", "-4"],
      ["b1-passes", "2025-Q3", "03357999", "4"],
      ["share", "2025-13", "", "4"],
    ]);
    expect(rows.map((r) => [r.row, r.problems])).toEqual([
      [2, [{ column: "Wert", code: "notANumber" }]],
      [3, [{ column: "Wert", code: "negative" }]],
      [4, [{ column: "AGS", code: "unknownMunicipality" }]],
      [
        5,
        [
          { column: "Kennzahl", code: "ratioNoValues" },
          { column: "Zeitraum", code: "invalidPeriod" },
        ],
      ],
    ]);
    expect(rows.every((r) => r.value === null)).toBe(true);
  });

  it("names missing columns", () => {
    expect(check([["Kennzahl", "Wert"]]).missing).toEqual([
      { column: "zeitraum", code: "missingColumn" },
    ]);
  });
});
