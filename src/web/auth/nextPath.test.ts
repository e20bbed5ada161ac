import { describe, expect, it } from "vitest";
import { loginPathFrom, safeNextPath } from "./nextPath";

describe("safeNextPath", () => {
  it("keeps paths inside Kurs", () => {
    expect(safeNextPath("/konto")).toBe("/konto");
    expect(safeNextPath("/konzept?lang=en")).toBe("/konzept?lang=en");
  });
  it("refuses other sites and sign-in pages", () => {
    for (const next of [null, "", "https://evil.example", "//evil.example", "/\\evil.example"]) {
      expect(safeNextPath(next)).toBe("/");
    }
    expect(safeNextPath("/anmelden?next=/konto")).toBe("/");
    expect(safeNextPath("/passwort-zuruecksetzen#token=x")).toBe("/");
  });
});

describe("loginPathFrom", () => {
  it("carries the current page", () => {
    expect(loginPathFrom("/konten", "?lang=de")).toBe("/anmelden?next=%2Fkonten%3Flang%3Dde");
    expect(loginPathFrom("/", "")).toBe("/anmelden");
    expect(loginPathFrom("/anmelden", "?next=/x")).toBe("/anmelden");
  });
});
