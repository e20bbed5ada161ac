import { describe, expect, it } from "vitest";
import { cleanFileName, contentMatchesType, isPaperDecided, isPaperFileType } from "./paper-files";

describe("paper files", () => {
  it("admits PDF, DOCX, XLSX, PNG and JPEG only", () => {
    expect(isPaperFileType("application/pdf")).toBe(true);
    expect(isPaperFileType("image/jpeg")).toBe(true);
    expect(isPaperFileType("text/html")).toBe(false);
    expect(isPaperFileType("toString")).toBe(false);
  });

  it("checks the content against the declared type", () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n");
    expect(contentMatchesType("application/pdf", pdf)).toBe(true);
    expect(contentMatchesType("image/png", pdf)).toBe(false);
    expect(contentMatchesType("image/jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(
      contentMatchesType(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]),
      ),
    ).toBe(true);
    expect(contentMatchesType("application/pdf", new Uint8Array([]))).toBe(false);
  });

  it("keeps only the last path segment of a file name, without control characters", () => {
    expect(cleanFileName("C:\\Users\\x\\Anlage 1 – Kosten.pdf")).toBe("Anlage 1 – Kosten.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\nc.pdf")).toBe("abc.pdf");
  });

  it("treats a paper as decided after any result but deferral", () => {
    expect(isPaperDecided([null, null])).toBe(false);
    expect(isPaperDecided(["deferred", null])).toBe(false);
    expect(isPaperDecided(["deferred", "adopted"])).toBe(true);
    expect(isPaperDecided(["noted"])).toBe(true);
  });
});
