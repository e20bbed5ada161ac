import { TaggedPdf } from "../../renderers/reports/pdf-tagged";
import { paragraphs, styles } from "../../renderers/reports/report-pdf";
import type { LetterContent } from "./letter";

/**
 * A letter of the grants office as a tagged PDF (PDF/UA, as every PDF of Kurs): the same
 * content as the DOCX. Dated by the letter, so the same letter gives the same bytes.
 */
export function renderLetterPdf(c: LetterContent): Promise<Buffer> {
  const pdf = new TaggedPdf({
    title: `${c.title} ${c.reference}`,
    author: c.county,
    subject: c.title,
    lang: "de-DE",
    created: new Date(`${c.datedOn}T00:00:00Z`),
  });
  const text = (value: string) => {
    for (const p of paragraphs(value)) {
      pdf.paragraph(p);
      pdf.gap(6);
    }
  };
  pdf.paragraph(c.dateLine, styles.issuer);
  pdf.gap(4);
  pdf.paragraph(c.organisation);
  pdf.gap(8);
  pdf.heading(1, c.title, styles.kind);
  pdf.gap(8);
  pdf.table({ header: [], rows: c.facts, look: "plain", rowHeaders: true, widths: [150, "*"] });
  pdf.gap(8);
  text(c.body);
  for (const section of c.sections) {
    pdf.ensure(60);
    pdf.gap(10);
    pdf.heading(2, section.heading, styles.heading);
    pdf.gap(4);
    if (section.facts)
      pdf.table({
        header: [],
        rows: section.facts,
        look: "plain",
        rowHeaders: true,
        widths: [150, "*"],
      });
    if (section.table) {
      pdf.table(section.table);
      pdf.gap(6);
    }
    if (section.text) text(section.text);
  }
  return pdf.finish((page, pages) => ({ right: `${c.kind} ${c.reference} – ${page}/${pages}` }));
}
