/** attachment; filename="ascii fallback"; filename*=UTF-8''… (RFC 6266 / 5987). */
export function contentDisposition(
  fileName: string,
  kind: "attachment" | "inline" = "attachment",
): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
