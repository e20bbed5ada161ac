import {
  consultationTable,
  type PaperDocument,
  paperHeadFacts,
  paperSections,
} from "./paper-document";
import { TaggedPdf } from "./pdf-tagged";
import { paragraphs, styles } from "./report-pdf";

/**
 * The paper in the Sitzungsvorlage layout as a tagged PDF (pure but for CreationDate, which is
 * the time of the download: a paper has no frozen state to date it by).
 */
export function renderPaperPdf(doc: PaperDocument, created = new Date()): Promise<Buffer> {
  const pdf = new TaggedPdf({
    title: doc.title,
    author: doc.issuer,
    subject: doc.kindLabel,
    lang: "de-DE",
    created,
  });
  const heading = (text: string) => {
    pdf.ensure(60);
    pdf.gap(14);
    pdf.heading(2, text, styles.heading);
    pdf.gap(4);
  };
  pdf.paragraph(doc.issuer, styles.issuer);
  pdf.gap(4);
  pdf.heading(1, doc.kindLabel, styles.kind);
  pdf.gap(8);
  pdf.table({
    header: [],
    rows: paperHeadFacts(doc),
    look: "plain",
    rowHeaders: true,
    widths: [110, "*"],
  });
  pdf.gap(6);
  heading(doc.labels.title);
  pdf.paragraph(doc.title, { size: 10.5, weight: "bold" });
  for (const section of paperSections(doc)) {
    heading(section.heading);
    for (const p of paragraphs(section.text)) {
      pdf.paragraph(p);
      pdf.gap(6);
    }
  }
  heading(doc.labels.consultations);
  const table = consultationTable(doc);
  pdf.table({
    header: table.header,
    rows: table.rows,
    empty: doc.labels.none,
    widths: ["*", "*", 80, 95],
  });
  return pdf.finish((page, pages) => ({
    right: `${doc.reference ?? doc.kindLabel} – ${page}/${pages}`,
  }));
}
