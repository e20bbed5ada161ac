import { describe, expect, it } from "vitest";
import {
  consultationTable,
  germanPaperLabels,
  paperFileName,
  paperSections,
} from "./paper-document";

describe("paper document building blocks", () => {
  it("names the file after reference and title, safe for every file system", () => {
    expect(paperFileName({ reference: "2025/017", title: "Förderung: „Sprache“?" }, "pdf")).toBe(
      "2025-017 Förderung- „Sprache“-.pdf",
    );
    expect(paperFileName({ reference: null, title: "  " }, "docx")).toBe("Vorlage.docx");
  });

  it("keeps the Sitzungsvorlage order and fills empty parts with a dash", () => {
    const doc = {
      issuer: "Landkreis",
      kindLabel: "Beschlussvorlage",
      reference: null,
      date: null,
      leadUnit: null,
      title: "T",
      statementOfFacts: "S",
      proposedResolution: null,
      financialImpact: "100,00 €",
      consultations: [
        { committee: "Kreistag", meeting: "–", role: "Entscheidung", outcome: "offen" },
      ],
      labels: germanPaperLabels,
    };
    expect(paperSections(doc)).toEqual([
      { heading: "Sachverhalt", text: "S" },
      { heading: "Beschlussvorschlag", text: "–" },
      { heading: "Finanzielle Auswirkungen", text: "100,00 €" },
    ]);
    expect(consultationTable(doc).header).toEqual([
      "Gremium",
      "Sitzung",
      "Zuständigkeit",
      "Ergebnis",
    ]);
  });
});
