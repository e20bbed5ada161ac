import { TaggedPdf } from "../reports/pdf-tagged";
import { paragraphs, styles } from "../reports/report-pdf";
import type { NoticeContent } from "./notice";

/**
 * The Zuwendungsbescheid as a tagged PDF (PDF/UA, as every PDF of Kurs): the same content as the
 * DOCX. Dated by the decision, so the same notice gives the same bytes.
 */
export function renderNoticePdf(c: NoticeContent): Promise<Buffer> {
  const pdf = new TaggedPdf({
    title: `${c.title} ${c.reference}`,
    author: c.county,
    subject: c.title,
    lang: "de-DE",
    created: new Date(`${c.decidedOn}T00:00:00Z`),
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
        header: ["Ausgabenart", "Betrag"],
        rows: section.facts,
        widths: ["*", 110],
      });
    if (section.text) text(section.text);
  }
  return pdf.finish((page, pages) => ({ right: `${c.title} ${c.reference} – ${page}/${pages}` }));
}
