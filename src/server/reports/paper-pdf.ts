import {
  consultationTable,
  type PaperDocument,
  paperHeadFacts,
  paperSections,
} from "./paper-document";
import { pdfFacts, pdfHeading, pdfStyles, pdfTable, pdfText } from "./pdf-blocks";
import { type PdfDocumentDefinition, renderPdf } from "./pdf-make";

/** The paper in the Sitzungsvorlage layout as a pdfmake definition (pure). */
export function paperPdfDefinition(doc: PaperDocument): PdfDocumentDefinition {
  const table = consultationTable(doc);
  return {
    pageSize: "A4",
    pageMargins: [70, 60, 60, 60],
    info: { title: doc.title, author: doc.issuer, subject: doc.kindLabel, creator: "Kurs" },
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.25 },
    styles: pdfStyles,
    content: [
      { text: doc.issuer, style: "issuer" },
      { text: doc.kindLabel, style: "kind" },
      pdfFacts(paperHeadFacts(doc)),
      pdfHeading(doc.labels.title),
      { text: doc.title, bold: true },
      ...paperSections(doc).flatMap((s) => [pdfHeading(s.heading), ...pdfText(s.text)]),
      pdfHeading(doc.labels.consultations),
      pdfTable(table.header, table.rows, doc.labels.none, ["*", "*", 80, 95]),
    ],
    footer: (page, pages) => ({
      text: `${doc.reference ?? doc.kindLabel} – ${page}/${pages}`,
      alignment: "right",
      fontSize: 8,
      margin: [0, 20, 60, 0],
    }),
  };
}

export function renderPaperPdf(doc: PaperDocument): Promise<Buffer> {
  return renderPdf(paperPdfDefinition(doc));
}
