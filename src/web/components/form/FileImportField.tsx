import type { TableFormat } from "../../../domain/file-formats";
import { Field, type FieldFrame } from "./Field";

/** A file as the import APIs take it: CSV as text, XLSX as base64. */
export interface FileUpload {
  format: TableFormat;
  content: string;
}

const acceptOf = {
  csv: ".csv,text/csv",
  "csv-xlsx":
    ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** Reads a chosen file in the browser: XLSX (when allowed) as base64, everything else as text. */
export async function readUpload(file: File, xlsx: boolean): Promise<FileUpload> {
  if (!xlsx || !/\.xlsx$/i.test(file.name)) return { format: "csv", content: await file.text() };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { format: "xlsx", content: btoa(binary) };
}

/**
 * A labelled file input for imports: reads the chosen file (CSV as text, XLSX as base64 when
 * `formats` allows it) and hands it over, or null when the choice was cleared.
 */
export function FileImportField({
  formats,
  onFile,
  ...frame
}: FieldFrame & {
  formats: keyof typeof acceptOf;
  onFile: (upload: FileUpload | null) => void;
}) {
  const read = async (file: File | undefined) =>
    onFile(file ? await readUpload(file, formats === "csv-xlsx") : null);
  return (
    <Field {...frame}>
      {(wiring) => (
        <input
          id={frame.id}
          name={frame.id}
          type="file"
          accept={acceptOf[formats]}
          className="kern-form-input__input"
          onChange={(e) => void read(e.target.files?.[0])}
          {...wiring}
        />
      )}
    </Field>
  );
}
