/**
 * The file formats Kurs reads and writes, each list once: the API schemas, the routes that serve
 * a file per format and the web's choices derive from them.
 */

/** Tables: imports (measures, progress, indicators, municipalities) and exports. */
export const tableFormats = ["csv", "xlsx"] as const;
export type TableFormat = (typeof tableFormats)[number];

/** A concept can also be imported from a Word document (its headings). */
export const conceptImportFormats = [...tableFormats, "docx"] as const;

/** A written document of the office (paper, grant notice): Word to edit, PDF to file. */
export const documentFormats = ["docx", "pdf"] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** A committee report: PDF first (what the committee reads), Word, and HTML to read online. */
export const reportFormats = ["pdf", "docx", "html"] as const;
export type ReportFormat = (typeof reportFormats)[number];
