// Writes the concept import samples shipped in docs/import/: the XLSX template (Ebene, Nummer,
// Titel, Beschreibung) and the example DOCX (headings carry the structure).
// Run: npx tsx scripts/concept-import-samples.ts
import { writeFileSync } from "node:fs";
import {
  sampleConceptDocx,
  sampleConceptXlsx,
} from "../src/server/features/concept/import/sample-concept";

writeFileSync("docs/import/konzept-vorlage.xlsx", await sampleConceptXlsx());
writeFileSync("docs/import/konzept-beispiel.docx", await sampleConceptDocx());
console.log("docs/import/konzept-vorlage.xlsx and docs/import/konzept-beispiel.docx written");
