import { Document, Packer, Paragraph, TextRun } from "docx";
import {
  docxDefaultRun,
  docxFacts,
  docxFont,
  docxHeading,
  docxTable,
  docxText,
} from "./docx-blocks";
import {
  consultationTable,
  type PaperDocument,
  paperHeadFacts,
  paperSections,
} from "./paper-document";

/** The paper in the Sitzungsvorlage layout as a Word document (pure: same data, same content). */
function paperDocx(doc: PaperDocument): Document {
  const table = consultationTable(doc);
  return new Document({
    creator: "Kurs",
    title: doc.title,
    subject: doc.kindLabel,
    styles: { default: { document: { run: docxDefaultRun } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
        children: [
          new Paragraph({
            children: [
              new TextRun({ text: doc.issuer, size: 18, color: "444444", font: docxFont }),
            ],
          }),
          docxHeading(doc.kindLabel, "title"),
          docxFacts(paperHeadFacts(doc)),
          docxHeading(doc.labels.title),
          ...docxText(doc.title, { bold: true }),
          ...paperSections(doc).flatMap((s) => [docxHeading(s.heading), ...docxText(s.text)]),
          docxHeading(doc.labels.consultations),
          docxTable(table.header, table.rows, doc.labels.none),
        ],
      },
    ],
  });
}

export function renderPaperDocx(doc: PaperDocument): Promise<Buffer> {
  return Packer.toBuffer(paperDocx(doc));
}
