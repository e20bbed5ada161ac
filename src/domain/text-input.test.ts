import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseInput, printableDeep, printableText, textFault } from "./text-input";

describe("text hygiene", () => {
  it("refuses NUL, other C0 controls, lone surrogates and U+FFFF; keeps tab, line breaks, pairs", () => {
    expect(textFault("a\u0000b")).toBe("control");
    expect(textFault("c2\u0008b")).toBe("control");
    expect(textFault("x\ud800y")).toBe("surrogate");
    expect(textFault("\udc00")).toBe("surrogate");
    expect(textFault("\uffff")).toBe("noncharacter");
    expect(textFault("Tab\tZeile\r\nneu 😀 Grüße")).toBeNull();
  });

  it("normalises to NFC and \\n, names faults by path, leaves secrets as typed", () => {
    const { value, issues } = normaliseInput({
      name: "Bu\u0308ro\r\nNord",
      list: ["ok", "a\u0000"],
      password: "Bu\u0308ro",
    });
    expect(value).toEqual({ name: "Büro\nNord", list: ["ok", "a\u0000"], password: "Bu\u0308ro" });
    expect(issues).toEqual([{ path: ["list", 1], fault: "control" }]);
  });

  it("printable text has no fault and keeps every allowed character", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 })
          .map((codes) => String.fromCharCode(...codes)),
        (text) => {
          const out = printableText(text);
          expect(textFault(out)).toBeNull();
          if (textFault(text) === null) expect(out).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
    expect(printableDeep({ a: ["c2\u0008b"], n: 1 })).toEqual({ a: ["c2b"], n: 1 });
  });
});
