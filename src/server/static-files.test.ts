import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { county } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { buildApp } from "./app";

describe("serving the built web app", () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const root = mkdtempSync(join(tmpdir(), "kurs-web-"));
  beforeAll(async () => {
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>Kurs</title>");
    writeFileSync(join(root, "assets", "app-1.js"), "console.log(1)");
    database = await createTestDatabase({ seeded: false });
    await county(database, { slug: "webkreis" });
    app = await buildApp({ database, webRoot: root });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("answers client routes with the app shell and assets with long caching", async () => {
    const page = await app.inject({ url: "/konzept" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<title>Kurs</title>");
    expect(page.headers["cache-control"]).toBe("no-cache");
    const asset = await app.inject({ url: "/assets/app-1.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toContain("immutable");
  });

  it("serves files built after start, and a missing file is 404, not the shell", async () => {
    writeFileSync(join(root, "assets", "app-2.js"), "console.log(2)");
    const fresh = await app.inject({ url: "/assets/app-2.js" });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.body).toBe("console.log(2)");
    const missing = await app.inject({ url: "/assets/gone.js" });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain("<title>Kurs</title>");
    const traversal = await app.inject({ url: "/assets/..%2F..%2Fetc%2Fpasswd.txt" });
    expect(traversal.statusCode).toBe(404);
  });

  it("sends the precompressed file (scripts/build.mjs) when the client accepts brotli", async () => {
    const source = "console.log('Kurs');".repeat(100);
    writeFileSync(join(root, "assets", "app-3.js"), source);
    writeFileSync(join(root, "assets", "app-3.js.br"), brotliCompressSync(source));
    const packed = await app.inject({
      url: "/assets/app-3.js",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(packed.statusCode).toBe(200);
    expect(packed.headers["content-encoding"]).toBe("br");
    expect(packed.headers["content-type"]).toContain("javascript");
    expect(packed.rawPayload.length).toBeLessThan(source.length);
    const plain = await app.inject({ url: "/assets/app-3.js" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(source);
  });
});
