import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { readUpload } from "./FileImportField";
import { fieldErrors } from "./fieldErrors";

const refused = (errors: { path: string; message: string }[]) =>
  new ApiError(400, { type: "about:blank", title: "Ungültig", status: 400, errors } as never);

describe("fieldErrors", () => {
  it("gives nothing for other errors", () => {
    expect(fieldErrors(new Error("x"))).toEqual({});
    expect(fieldErrors(null)).toEqual({});
  });

  it("keeps nested messages under their path and joins them under the top-level name", () => {
    const errors = fieldErrors(
      refused([
        { path: "consultations.0.role", message: "Rolle fehlt." },
        { path: "consultations.1.meetingId", message: "Sitzung passt nicht." },
        { path: "title", message: "Titel fehlt." },
      ]),
    );
    expect(errors["consultations.0.role"]).toBe("Rolle fehlt.");
    expect(errors["consultations.1.meetingId"]).toBe("Sitzung passt nicht.");
    expect(errors.consultations).toBe("Rolle fehlt. Sitzung passt nicht.");
    expect(errors.title).toBe("Titel fehlt.");
  });

  it("does not repeat the same message", () => {
    const errors = fieldErrors(
      refused([
        { path: "recommendationIds.0", message: "Unbekannt." },
        { path: "recommendationIds.1", message: "Unbekannt." },
      ]),
    );
    expect(errors.recommendationIds).toBe("Unbekannt.");
  });
});

describe("readUpload", () => {
  it("reads CSV as text", async () => {
    const file = new File(["Kennzahl;Wert\nä;1\n"], "werte.csv", { type: "text/csv" });
    expect(await readUpload(file, true)).toEqual({
      format: "csv",
      content: "Kennzahl;Wert\nä;1\n",
    });
  });

  it("reads XLSX as base64 only where XLSX is allowed", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    const file = new File([bytes], "Werte.XLSX");
    expect(await readUpload(file, true)).toEqual({ format: "xlsx", content: "UEsDBP8=" });
    expect((await readUpload(file, false)).format).toBe("csv");
  });
});
