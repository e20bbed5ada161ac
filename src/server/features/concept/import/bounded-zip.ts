import { inflateRawSync } from "node:zlib";
import { DomainError } from "../../../../domain/errors";

/**
 * Reads single parts of a ZIP file (a DOCX) without trusting it: the central directory is
 * walked within the buffer's bounds, and each part is inflated with a hard output limit, so a
 * zip bomb (small file, huge declared or real content) is refused, never unpacked.
 */
export interface ZipLimits {
  /** Largest part, unpacked, in bytes. */
  maxPartBytes: number;
  /** Code of the refusal when the file is no ZIP or a part is broken. */
  notZip: string;
  /** Code of the refusal when a part unpacks larger than the limit. */
  tooLarge: string;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function entries(zip: Buffer, limits: ZipLimits): Entry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length)
    throw new DomainError("invalid", limits.notZip, {}, "content");
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50)
      throw new DomainError("invalid", limits.notZip, {}, "content");
    const nameLength = zip.readUInt16LE(offset + 28);
    if (offset + 46 + nameLength > zip.length)
      throw new DomainError("invalid", limits.notZip, {}, "content");
    out.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      name: zip.toString("utf8", offset + 46, offset + 46 + nameLength),
      localOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return out;
}

/** The named parts as text (missing parts: null). Refuses with DomainErrors on `content`. */
export function readZipParts(
  zip: Buffer,
  names: readonly string[],
  limits: ZipLimits,
): Map<string, string | null> {
  const all = entries(zip, limits);
  const result = new Map<string, string | null>();
  for (const name of names) {
    const entry = all.find((e) => e.name === name);
    if (!entry) {
      result.set(name, null);
      continue;
    }
    if (entry.size > limits.maxPartBytes)
      throw new DomainError(
        "invalid",
        limits.tooLarge,
        { mb: limits.maxPartBytes / 2 ** 20 },
        "content",
      );
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
      throw new DomainError("invalid", limits.notZip, {}, "content");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const end = start + entry.compressedSize;
    if (end > zip.length) throw new DomainError("invalid", limits.notZip, {}, "content");
    const data = zip.subarray(start, end);
    let raw: Buffer;
    if (entry.method === 0) raw = data;
    else if (entry.method === 8) {
      try {
        raw = inflateRawSync(data, { maxOutputLength: limits.maxPartBytes });
      } catch (error) {
        const code =
          error instanceof RangeError ||
          (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE"
            ? limits.tooLarge
            : limits.notZip;
        throw new DomainError("invalid", code, { mb: limits.maxPartBytes / 2 ** 20 }, "content");
      }
    } else throw new DomainError("invalid", limits.notZip, {}, "content");
    if (raw.length > limits.maxPartBytes)
      throw new DomainError(
        "invalid",
        limits.tooLarge,
        { mb: limits.maxPartBytes / 2 ** 20 },
        "content",
      );
    result.set(name, raw.toString("utf8"));
  }
  return result;
}
