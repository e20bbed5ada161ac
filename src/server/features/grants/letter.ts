import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import {
  docxFacts,
  docxFont,
  docxHeading,
  docxTable,
  docxText,
} from "../../renderers/reports/docx-blocks";
import { renderLetterPdf } from "./letter-pdf";

/**
 * A letter of the grants office (Zuwendungsbescheid, Abrechnungsschreiben): what it says, in
 * order — one model for the DOCX and the tagged PDF (./letter-pdf.ts).
 */
export interface LetterContent {
  /** The short name of the letter: the file name and the running footer. */
  kind: string;
  title: string;
  county: string;
  dateLine: string;
  organisation: string;
  reference: string;
  /** The day the letter is dated (also the PDF's creation date, so the same letter gives the same bytes). */
  datedOn: string;
  facts: [string, string][];
  body: string;
  sections: LetterSection[];
}

export interface LetterSection {
  heading: string;
  facts?: [string, string][];
  table?: { header: string[]; rows: string[][]; numeric: boolean[] };
  text?: string;
}

/** The letter as a Word document (a pure function of its content). */
export function letterDocument(c: LetterContent): Document {
  return new Document({
    creator: c.county,
    title: `${c.title} ${c.reference}`,
    styles: { default: { document: { run: { font: docxFont, size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: c.dateLine, font: docxFont })],
          }),
          new Paragraph({ children: [new TextRun({ text: c.organisation, font: docxFont })] }),
          docxHeading(c.title, "title"),
          docxFacts(c.facts),
          new Paragraph({}),
          ...docxText(c.body),
          ...c.sections.flatMap((section) => [
            docxHeading(section.heading),
            ...(section.facts ? [docxFacts(section.facts)] : []),
            ...(section.table
              ? [
                  docxTable(section.table.header, section.table.rows, "–", {
                    numeric: section.table.numeric,
                  }),
                ]
              : []),
            ...(section.text ? docxText(section.text) : []),
          ]),
        ],
      },
    ],
  });
}

/** The letter as a download: `<kind>_<reference>.docx|pdf`, the same content in both. */
export async function letterFile(c: LetterContent, format: "docx" | "pdf") {
  const safeRef = c.reference.replace(/[^A-Za-z0-9._-]+/g, "-");
  if (format === "pdf")
    return {
      contentType: "application/pdf",
      fileName: `${c.kind}_${safeRef}.pdf`,
      body: await renderLetterPdf(c),
    };
  return {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    fileName: `${c.kind}_${safeRef}.docx`,
    body: await Packer.toBuffer(letterDocument(c)),
  };
}

/** The MIME type of a letter format (for the routes' OpenAPI). */
export const letterContentType = (format: "docx" | "pdf") =>
  format === "pdf"
    ? "application/pdf"
    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
