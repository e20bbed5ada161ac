import { assertPublicUrl } from "../public-address";

/** Reads an OParl server: one object by URL, or every element of a paginated list. */
export interface OParlReader {
  get(url: string): Promise<Record<string, unknown>>;
  /** A file's bytes (OParl File downloadUrl/accessUrl), refused past `limit` bytes. */
  getFile(url: string, limit: number): Promise<{ bytes: Buffer; mimeType: string | null }>;
  /** Calls onPage for each page, following links.next; returns the number of elements. */
  walk(
    url: string,
    onPage: (
      data: Record<string, unknown>[],
      page: number,
      totalPages: number | null,
    ) => Promise<void>,
  ): Promise<number>;
}

export class OParlFetchError extends Error {}

const maxBytes = 20 * 1024 * 1024;
const maxPages = 10_000;

/**
 * The body as text, read chunk by chunk and abandoned as soon as it passes `limit` bytes (a
 * declared Content-Length over the limit is refused before reading).
 */
async function boundedBytes(response: Response, limit: number, url: string): Promise<Buffer> {
  const tooLarge = () => new OParlFetchError(`${url} ist zu groß`);
  if (Number(response.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** OParl over HTTP(S) with fetch: JSON only, a timeout per request and a size limit. */
export function httpOParlReader(
  options: {
    timeoutMs?: number;
    /** Allow addresses in loopback, link-local and private networks (public-address.ts). */
    allowPrivateNetworks?: boolean;
  } = {},
): OParlReader {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const guarded = !options.allowPrivateNetworks;
  const request = async (url: string, accept: string) => {
    let target = url;
    // Redirects are followed by hand so that every hop is checked (at most five).
    for (let hop = 0; ; hop += 1) {
      const parsed = new URL(target);
      if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
        throw new OParlFetchError(`Keine HTTP-Adresse: ${target}`);
      }
      if (guarded) await assertPublicUrl(target);
      const response = await fetch(parsed, {
        headers: { accept },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "manual",
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop >= 5) throw new OParlFetchError(`${url}: zu viele Weiterleitungen`);
        await response.body?.cancel();
        target = new URL(location, parsed).toString();
        continue;
      }
      if (!response.ok) throw new OParlFetchError(`${target} antwortet ${response.status}`);
      return response;
    }
  };
  const get = async (url: string) => {
    const response = await request(url, "application/json");
    const text = (await boundedBytes(response, maxBytes, url)).toString("utf8");
    const json = JSON.parse(text) as unknown;
    if (!json || typeof json !== "object" || Array.isArray(json)) {
      throw new OParlFetchError(`${url} liefert kein JSON-Objekt`);
    }
    return json as Record<string, unknown>;
  };
  return {
    get,
    async getFile(url, limit) {
      const response = await request(url, "*/*");
      const mimeType = response.headers.get("content-type")?.split(";")[0]?.trim() || null;
      return { bytes: await boundedBytes(response, limit, url), mimeType };
    },
    async walk(url, onPage) {
      const visited = new Set<string>();
      let next: string | undefined = url;
      let page = 0;
      let total = 0;
      while (next && !visited.has(next) && page < maxPages) {
        visited.add(next);
        const body = await get(next);
        page += 1;
        const data = Array.isArray(body.data) ? (body.data as Record<string, unknown>[]) : [];
        const pagination = body.pagination as { totalPages?: unknown } | undefined;
        const totalPages =
          typeof pagination?.totalPages === "number" ? pagination.totalPages : null;
        await onPage(data, page, totalPages);
        total += data.length;
        const links = body.links as { next?: unknown } | undefined;
        next = typeof links?.next === "string" ? links.next : undefined;
      }
      return total;
    },
  };
}
