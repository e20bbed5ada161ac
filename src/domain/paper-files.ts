/** Anlagen einer Vorlage: what may be attached, and the rule that a decided paper is final. */
export const paperFileTypes = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "image/png": "png",
  "image/jpeg": "jpg",
} as const;
export type PaperFileType = keyof typeof paperFileTypes;

/** 10 MiB per attachment. */
export const maxPaperFileBytes = 10 * 1024 * 1024;

export function isPaperFileType(mimeType: string): mimeType is PaperFileType {
  return Object.hasOwn(paperFileTypes, mimeType);
}

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

/** Whether the bytes look like the declared type (magic numbers; DOCX/XLSX are ZIP files). */
export function contentMatchesType(mimeType: PaperFileType, bytes: Uint8Array): boolean {
  switch (paperFileTypes[mimeType]) {
    case "pdf":
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
    case "png":
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "jpg":
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case "docx":
    case "xlsx":
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  }
}

/** Why a file may not be attached: the message code and its parameters (one rule, upload and import). */
export interface PaperFileProblem {
  code: "paperFile.type" | "paperFile.empty" | "paperFile.tooLarge" | "paperFile.contentMismatch";
  params: Record<string, number>;
}

const tooLarge: PaperFileProblem = {
  code: "paperFile.tooLarge",
  params: { maxMiB: maxPaperFileBytes / 1024 / 1024 },
};

/** What can be told before reading the bytes: the declared type and size. */
export function declaredFileProblem(
  mimeType: string,
  size: number | null,
): PaperFileProblem | null {
  if (!isPaperFileType(mimeType)) return { code: "paperFile.type", params: {} };
  if (size !== null && size > maxPaperFileBytes) return tooLarge;
  return null;
}

/** The rule of an attachment: allowed type, not empty, at most 10 MiB, content of its type. */
export function paperFileProblem(mimeType: string, content: Uint8Array): PaperFileProblem | null {
  if (!isPaperFileType(mimeType)) return { code: "paperFile.type", params: {} };
  if (content.length === 0) return { code: "paperFile.empty", params: {} };
  if (content.length > maxPaperFileBytes) return tooLarge;
  if (!contentMatchesType(mimeType, content))
    return { code: "paperFile.contentMismatch", params: {} };
  return null;
}

/** A file name safe to store and offer: no path, no control characters, at most 200 chars. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return cleaned.slice(-200);
}

/** Why an uploaded file is refused: a message code, its params and the field. */
export interface UploadProblem {
  code: string;
  params?: Record<string, number>;
  path: "file" | "fileName";
}

/**
 * The rules for every uploaded attachment (a paper's Anlage, a grant application's): the file
 * rule of `paperFileProblem` (also applied to files the OParl import fetches), and a usable name.
 */
export function checkUpload(input: {
  mimeType: string;
  content: Uint8Array;
  fileName: string;
}): { problem: UploadProblem } | { mimeType: PaperFileType; fileName: string } {
  const { mimeType, content } = input;
  const problem = paperFileProblem(mimeType, content);
  if (problem) return { problem: { ...problem, path: "file" } };
  const fileName = cleanFileName(input.fileName);
  if (!fileName) return { problem: { code: "paperFile.fileName", path: "fileName" } };
  return { mimeType: mimeType as PaperFileType, fileName };
}

/**
 * A paper is decided once a committee recorded a result other than "deferred": its text and
 * attachments are then the record and stay as they are.
 */
export function isPaperDecided(outcomes: (string | null)[]): boolean {
  return outcomes.some((o) => o !== null && o !== "deferred");
}

/** An attachment (a paper's or a grant application's) as lists and uploads show it: no bytes. */
export interface ListedAttachment {
  id: string;
  name: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** When it was uploaded (an ISO timestamp). */
  createdAt: string;
}

/** The listed fields of a stored attachment, its upload time as an ISO timestamp. */
export function listedAttachment(f: ListedAttachment): ListedAttachment {
  return {
    id: f.id,
    name: f.name,
    fileName: f.fileName,
    mimeType: f.mimeType,
    size: f.size,
    createdAt: new Date(f.createdAt).toISOString(),
  };
}
