import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { letterDocument } from "./letter";

import { renderLetterPdf } from "./letter-pdf";
import { type ReclaimLetterData, reclaimLetterContent } from "./reclaim-letter";

/** Euro amounts in documents keep the number and the sign together (no-break space). */
const eur = (text: string) => text.replaceAll(" €", "\u00a0€");

/** Fees 13.000 € against 10.000 € planned: only 12.000 € count (ANBest-P Nr. 1.2). */
const reclaimExample: ReclaimLetterData = {
  county: "Landkreis Rotenburg (Wümme)",
  reference: "50.2-2024/001",
  organisation: "Volkshochschule Rotenburg",
  title: "Sprachkurs A1 für Eltern, Zeven",
  programme: "Sprachkurse vor Ort 2024",
  financingType: "deficit",
  periodFrom: "2024-07-01",
  periodTo: "2024-12-31",
  grantedCents: 1_600_000,
  paidCents: 1_600_000,
  submittedOn: "2025-03-01",
  confirmedOn: "2025-03-20",
  entitledCents: 1_500_000,
  reclaimCents: 100_000,
  releaseCents: 100_000,
  actualThirdPartyCents: 0,
  overspendAllowancePercent: 20,
  lines: [
    {
      costKind: "fees",
      plannedCents: 1_000_000,
      actualCents: 1_300_000,
      capCents: 1_200_000,
      eligibleCents: 1_200_000,
    },
    {
      costKind: "material",
      plannedCents: 1_000_000,
      actualCents: 700_000,
      capCents: 1_200_000,
      eligibleCents: 700_000,
    },
  ],
  legalRemedy: null,
};

describe("the settlement letter after the proof of use", () => {
  it("with a reclaim: the amount, the table per cost kind, the ANBest-P note and the legal remedy", () => {
    const c = reclaimLetterContent(reclaimExample);
    expect(c.title).toBe("Rückforderung nach Prüfung des Verwendungsnachweises");
    expect(c.facts).toContainEqual(["Rückforderung", eur("1.000,00 €")]);
    expect(c.body).toContain(
      eur("Die Ausgaben betragen 20.000,00 €, davon zuwendungsfähig 19.000,00 €"),
    );
    expect(c.body).toContain(eur("fordere 1.000,00 € zurück"));
    expect(
      c.sections[0]?.table?.rows.map((row) => row.map((cell) => cell.replace("\u00a0", " "))),
    ).toEqual([
      ["Honorare", "10.000,00 €", "13.000,00 €", "12.000,00 €"],
      ["Sachausgaben", "10.000,00 €", "7.000,00 €", "7.000,00 €"],
      ["Summe", "20.000,00 €", "20.000,00 €", "19.000,00 €"],
    ]);
    expect(c.sections[0]?.text).toContain("um bis zu 20 %");
    expect(c.sections.map((s) => s.heading)).toEqual([
      "Ausgaben nach Kostenart",
      "Rechtsbehelfsbelehrung",
    ]);
  });

  it("without a reclaim: what is still paid out; no ANBest-P note when no kind went beyond it", () => {
    const c = reclaimLetterContent({
      ...reclaimExample,
      paidCents: 1_000_000,
      reclaimCents: 0,
      lines: reclaimExample.lines.map((l) => ({ ...l, actualCents: l.eligibleCents })),
    });
    expect(c.title).toBe("Abrechnung der Zuwendung");
    expect(c.facts).toContainEqual(["Noch auszuzahlen", eur("5.000,00 €")]);
    expect(c.body).toContain(
      eur("Den noch zustehenden Betrag von 5.000,00 € zahle ich Ihnen aus."),
    );
    expect(c.sections[0]?.text).toBeUndefined();
    expect(c.sections).toHaveLength(1);
  });

  it("DOCX and tagged PDF from the one model; the same letter gives the same PDF bytes", async () => {
    const c = reclaimLetterContent(reclaimExample);
    const docx = await Packer.toBuffer(letterDocument(c));
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    const pdf = await renderLetterPdf(c);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/StructTreeRoot");
    expect((await renderLetterPdf(c)).equals(pdf)).toBe(true);
    if (process.env.KURS_LETTER_OUT) {
      const { writeFileSync } = await import("node:fs");
      writeFileSync(`${process.env.KURS_LETTER_OUT}/settlement.docx`, docx);
      writeFileSync(`${process.env.KURS_LETTER_OUT}/settlement.pdf`, pdf);
    }
  });
});
