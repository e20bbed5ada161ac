import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDriver } from "../test-database";
import { addGoal, createDraft, goalTitles, signIn } from "./concept-client";
import { startGoalWriter } from "./goal-writer";
import { type Credentials, prepareDataDir } from "./prepare-data-dir";
import {
  freePort,
  type ServerProcess,
  spawnServer,
  startServer,
  stopServer,
} from "./server-process";

// Real server processes on the embedded database; nothing here depends on the test driver.
describe.skipIf(testDriver() === "postgres")("server process on PGlite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kurs-lifecycle-"));
  let credentials: Credentials;
  let server: ServerProcess | null = null;
  beforeAll(async () => {
    credentials = await prepareDataDir(dataDir);
  });
  afterAll(async () => {
    if (server) await stopServer(server).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps writes over SIGTERM (exit 0 within 10 s) and a restart", async () => {
    server = await startServer(dataDir);
    const cookie = await signIn(server.url, credentials);
    const target = await createDraft(server.url, cookie, "Persistenz");
    const titles = ["Erstes Ziel", "Zweites Ziel – mit Umlauten äöü"];
    for (const title of titles) {
      expect(await addGoal(server.url, cookie, target, title)).toBe(201);
    }
    const stopped = await stopServer(server, "SIGTERM", 10_000);
    expect(stopped).toMatchObject({ code: 0 });
    expect(stopped.ms).toBeLessThan(10_000);

    server = await startServer(dataDir);
    const stored = await goalTitles(server.url, cookie, target.versionId);
    for (const title of titles) expect(stored).toContain(title);
  }, 180_000);

  it("refuses a second process on the same data directory at once", async () => {
    if (!server) throw new Error("no server");
    // "At once": the second process gives up while the first still holds the lock, instead of
    // waiting for it (no clock involved: timing assertions flake on a loaded machine).
    const second = spawnServer(dataDir, await freePort());
    const { code } = await second.exited;
    expect(code).not.toBe(0);
    expect(second.stderr()).toContain("bereits von einem anderen Kurs-Prozess");
    // The first one is unharmed.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 180_000);

  it("finishes in-flight writes on SIGTERM and keeps every acknowledged one", async () => {
    if (!server) throw new Error("no server");
    const cookie = await signIn(server.url, credentials);
    const target = await createDraft(server.url, cookie, "SIGTERM beim Schreiben");
    const writer = startGoalWriter(server.url, cookie, target, "term");
    await new Promise((r) => setTimeout(r, 700));
    const stopped = await stopServer(server, "SIGTERM", 10_000);
    await writer.stop();
    expect(stopped.code).toBe(0);
    expect(writer.acked.length).toBeGreaterThan(0);

    server = await startServer(dataDir);
    const stored = await goalTitles(server.url, cookie, target.versionId);
    expect(writer.acked.filter((title) => !stored.has(title))).toEqual([]);
  }, 180_000);
});
