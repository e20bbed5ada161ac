import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("audit CSV", () => {
  it("defuses formulas and quotes separators", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+49 4261")).toBe("'+49 4261");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell(null)).toBe("");
  });
  it("starts with a BOM and ends lines with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("\uFEFFa;b\r\n1;x\r\n");
  });
});
