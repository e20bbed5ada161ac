import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Test helpers: read generated documents with the system's tools (pdftotext, unzip, soffice). */

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "kurs-doc-"));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF (pdftotext -layout), non-breaking spaces as spaces. */
export function pdfToText(bytes: Buffer): string {
  return inTempDir((dir) => {
    writeFileSync(join(dir, "a.pdf"), bytes);
    return execFileSync("pdftotext", ["-layout", join(dir, "a.pdf"), "-"], {
      encoding: "utf8",
    }).replace(/\u00a0/g, " ");
  });
}

/** One entry of a ZIP (e.g. word/document.xml of a DOCX), NBSP as space. */
export function unzipEntry(bytes: Buffer, entry: string): string {
  return inTempDir((dir) => {
    writeFileSync(join(dir, "a.zip"), bytes);
    return execFileSync("unzip", ["-p", join(dir, "a.zip"), entry], { encoding: "utf8" }).replace(
      /\u00a0/g,
      " ",
    );
  });
}

/** Converts a DOCX with LibreOffice (soffice --headless --convert-to pdf) and returns its text. */
export function docxToPdfText(bytes: Buffer): string {
  return inTempDir((dir) => {
    writeFileSync(join(dir, "report.docx"), bytes);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, "report.docx"),
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    return pdfToText(readFileSync(join(dir, "report.pdf")));
  });
}
