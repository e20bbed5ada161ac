import { crc32, createDeflateRaw } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { readTable } from "./read-table";

/**
 * Imports are bounded while reading. A 200,000-row CSV and two XLSX zip
 * bombs (a sheet of ~60 MB and ~400 MB that compress to a few hundred KiB) are refused with a
 * clear message on `content`, and memory grows by less than 50 MB. (Time is measured in
 * docs/benchmarks.md, not asserted here.)
 */

/** A ZIP (deflate) holding a minimal workbook whose sheet XML is `sheetBytes` long. */
async function zipBomb(sheetBytes: number): Promise<Buffer> {
  // Whitespace between rows is valid XML and compresses best (about 1:1000).
  const row = Buffer.alloc(1024 * 1024, " ");
  const head = Buffer.from('<?xml version="1.0"?><worksheet><sheetData>');
  const tail = Buffer.from("</sheetData></worksheet>");
  const entries: { name: string; chunks: () => Iterable<Buffer> }[] = [
    {
      name: "[Content_Types].xml",
      chunks: function* () {
        yield Buffer.from('<?xml version="1.0"?><Types/>');
      },
    },
    {
      name: "xl/workbook.xml",
      chunks: function* () {
        yield Buffer.from('<?xml version="1.0"?><workbook><sheets/></workbook>');
      },
    },
    {
      name: "xl/worksheets/sheet1.xml",
      chunks: function* () {
        yield head;
        let left = sheetBytes - head.length - tail.length;
        while (left > 0) {
          const part = left >= row.length ? row : row.subarray(0, left);
          left -= part.length;
          yield part;
        }
        yield tail;
      },
    },
  ];
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const deflate = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflate.on("data", (c: Buffer) => out.push(c));
    const done = new Promise((resolve) => deflate.on("end", resolve));
    let crc = 0;
    let size = 0;
    for (const chunk of entry.chunks()) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk)) await new Promise((r) => deflate.once("drain", r));
    }
    deflate.end();
    await done;
    const data = Buffer.concat(out);
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += header.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const heap = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

describe("bounded imports", () => {
  let t: TestApp;
  let office: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  it("a 200,000-row CSV is refused while reading, memory +< 50 MB", async () => {
    const content = `Kennzahl;Zeitraum;Wert\n${"b1;2025;1\n".repeat(200_000)}`;
    const before = heap();
    await expect(readTable({ format: "csv", content })).rejects.toMatchObject({
      code: "import.tooManyRows",
      path: "content",
    });
    expect(heap() - before).toBeLessThan(50 * 1024 * 1024);
  });

  it("the same through the API (small rows, under the body limit): 4xx problem on content", async () => {
    const content = `a\n${"x\n".repeat(200_000)}`;
    for (const url of ["/api/v1/indicators/import/preview", "/api/v1/measures/import/preview"]) {
      const before = heap();
      const response = await t.app.inject({
        method: "POST",
        url,
        payload: { format: "csv", content },
        headers: office,
      });
      expect(heap() - before).toBeLessThan(50 * 1024 * 1024);
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().errors).toContainEqual({
        path: "content",
        message: "Zu viele Zeilen (höchstens 5000).",
      });
    }
  });

  for (const megabytes of [60, 400]) {
    it(`an XLSX zip bomb (${megabytes} MB sheet) is refused before unpacking, memory +< 50 MB`, async () => {
      const bomb = await zipBomb(megabytes * 1024 * 1024);
      expect(bomb.length, String(bomb.length)).toBeLessThan(megabytes * 1024 * 5); // well under 1 %
      const content = bomb.toString("base64");
      for (const url of [
        "/api/v1/indicators/import/preview",
        "/api/v1/indicators/import",
        "/api/v1/measures/import/preview",
      ]) {
        const before = heap();
        const response = await t.app.inject({
          method: "POST",
          url,
          payload: { format: "xlsx", content },
          headers: office,
        });
        expect(heap() - before).toBeLessThan(50 * 1024 * 1024);
        expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        expect(response.json().errors ?? [], `${url}: ${response.body}`).toContainEqual({
          path: "content",
          message: "Die Arbeitsmappe ist entpackt zu groß.",
        });
      }
    }, 60_000);
  }
});
