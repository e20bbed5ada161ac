import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConceptVersion } from "../../contract/concept";
import { openDatabase } from "../db/database";
import { createTestApp, type TestApp } from "../testing/test-app";
import { createTestDatabase, type TestDatabase, testDriver } from "../testing/test-database";
import { BackupFileError, type BackupHeader, loadBackup } from "./backup-file";
import { RestoreRefusedError, restoreBackup } from "./restore-backup";
import { writeBackup } from "./write-backup";

const dir = mkdtempSync(join(tmpdir(), "kurs-backup-"));

/** Every table's rows of two backups must be the same; only the header's createdAt may differ. */
async function expectSameData(fileA: string, fileB: string) {
  const a = await loadBackup(fileA);
  const b = await loadBackup(fileB);
  const comparable = (h: BackupHeader) => ({ ...h, createdAt: "", driver: "", serverVersion: "" });
  expect(comparable(b.header)).toEqual(comparable(a.header));
  expect([...b.rows.keys()]).toEqual([...a.rows.keys()]);
  for (const [table, rows] of a.rows) expect(b.rows.get(table), table).toEqual(rows);
}

async function tenantCount(database: TestDatabase): Promise<number> {
  const [row] = await database.query<{ n: string }>("select count(*) as n from tenant");
  return Number(row?.n);
}

describe("backup and restore", () => {
  let t: TestApp;
  let source: string;
  const goalTitles = ["Sprachkurse ausbauen", 'Zeilen\numbruch, "Anführung" & ümläut €', "g-3"];

  beforeAll(async () => {
    t = await createTestApp();
    const draft = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/concept/versions",
        payload: { title: "Fortschreibung 2026" },
      })
    ).json<ConceptVersion>();
    for (const title of goalTitles) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/v1/concept/versions/${draft.id}/goals`,
        payload: { actionFieldId: draft.actionFields[0]?.id, title },
      });
      expect(response.statusCode).toBe(201);
    }
    source = join(dir, `source-${testDriver()}.json.gz`);
    await writeBackup(t.database, source);
  });
  afterAll(async () => t?.close());

  it("writes a complete, self-describing file", async () => {
    const { header, rows } = await loadBackup(source);
    expect(header).toMatchObject({ format: "kurs-backup", formatVersion: 1, driver: testDriver() });
    expect(header.migration?.tag).toMatch(/^\d{4}_/);
    const goals = rows.get("goal") ?? [];
    for (const title of goalTitles) {
      expect(goals.some((row) => JSON.parse(row).title === title)).toBe(true);
    }
    expect(rows.get("audit_event")?.length).toBeGreaterThanOrEqual(1 + goalTitles.length);
    const names = header.tables.map((table) => table.name);
    // Parents before children, so a restore can insert in file order.
    expect(names.indexOf("tenant")).toBeLessThan(names.indexOf("concept_version"));
    expect(names.indexOf("action_field")).toBeLessThan(names.indexOf("goal"));
    expect(names.indexOf("goal")).toBeLessThan(names.indexOf("recommendation"));
  });

  it("restores into an empty database with identical data, sequences continued", async () => {
    const target = await createTestDatabase({ seeded: false });
    try {
      const summary = await restoreBackup(target, source);
      expect(summary.rows).toBeGreaterThan(0);
      const copy = join(dir, `copy-${testDriver()}.json.gz`);
      await writeBackup(target, copy);
      await expectSameData(source, copy);
      // The audit trail's identity continues after the highest restored id.
      const [max] = await target.query<{ id: string }>("select max(id) as id from audit_event");
      const tenantId = (await target.query<{ id: string }>("select id from tenant"))[0]?.id;
      const [next] = await target.query<{ id: string }>(
        "insert into audit_event (tenant_id, actor, action, entity_type) values ($1, 'test', 'x', 'y') returning id",
        [tenantId],
      );
      expect(Number(next?.id)).toBe(Number(max?.id) + 1);
    } finally {
      await target.close();
    }
  });

  it("refuses a database that is not empty and changes nothing", async () => {
    const before = join(dir, `before-${testDriver()}.json.gz`);
    await writeBackup(t.database, before);
    await expect(restoreBackup(t.database, source)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup(t.database, source)).rejects.toThrow(/nicht leer.*tenant/);
    const after = join(dir, `after-${testDriver()}.json.gz`);
    await writeBackup(t.database, after);
    await expectSameData(before, after);
  });

  it("refuses truncated, corrupted and foreign files and leaves the database empty", async () => {
    const bytes = readFileSync(source);
    const truncated = join(dir, "truncated.json.gz");
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    const corrupted = join(dir, "corrupted.json.gz");
    const flipped = Buffer.from(bytes);
    const at = Math.floor(bytes.length / 2);
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    writeFileSync(corrupted, flipped);
    // Well-formed gzip, but the last table is cut off before its rows and the end marker.
    const text = (await import("node:zlib")).gunzipSync(bytes).toString("utf8");
    const cutOff = join(dir, "cut-off.json.gz");
    writeFileSync(cutOff, gzipSync(text.slice(0, text.lastIndexOf("\n#table "))));
    const otherVersion = join(dir, "v2.json.gz");
    const [first, ...rest] = text.split("\n");
    const header = { ...JSON.parse(first ?? "{}"), formatVersion: 2 };
    writeFileSync(otherVersion, gzipSync([JSON.stringify(header), ...rest].join("\n")));
    const newer = join(dir, "newer.json.gz");
    const newerHeader = { ...JSON.parse(first ?? "{}"), migration: { tag: null, when: 9e15 } };
    writeFileSync(newer, gzipSync([JSON.stringify(newerHeader), ...rest].join("\n")));

    const target = await createTestDatabase({ seeded: false });
    try {
      for (const file of [truncated, corrupted, cutOff]) {
        await expect(restoreBackup(target, file), file).rejects.toThrow(BackupFileError);
        await expect(restoreBackup(target, file), file).rejects.toThrow(/nicht verwendbar/);
      }
      await expect(restoreBackup(target, otherVersion)).rejects.toThrow(/Formatversion 2/);
      await expect(restoreBackup(target, newer)).rejects.toThrow(/neueren Kurs-Version/);
      await expect(restoreBackup(target, join(dir, "missing.json.gz"))).rejects.toThrow(
        /gibt es nicht/,
      );
      expect(await tenantCount(target)).toBe(0);
    } finally {
      await target.close();
    }
  });

  it("rolls back everything when a row fails half-way", async () => {
    // A valid file whose last table holds a row the schema rejects: earlier tables were inserted
    // already inside the transaction and must be gone afterwards.
    const text = (await import("node:zlib")).gunzipSync(readFileSync(source)).toString("utf8");
    const lines = text.trimEnd().split("\n");
    const goalRow = lines.findIndex(
      (line) => line.startsWith("{") && JSON.parse(line).title === "Sprachkurse ausbauen",
    );
    expect(goalRow).toBeGreaterThan(0);
    const broken = JSON.parse(lines[goalRow] ?? "{}");
    lines[goalRow] = JSON.stringify({ ...broken, position: "keine Zahl" });
    const file = join(dir, "bad-row.json.gz");
    writeFileSync(file, gzipSync(`${lines.join("\n")}\n`));
    const target = await createTestDatabase({ seeded: false });
    try {
      await expect(restoreBackup(target, file)).rejects.toThrow(/unverändert/);
      expect(await tenantCount(target)).toBe(0);
    } finally {
      await target.close();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL || testDriver() !== "pglite")(
  "backup across drivers",
  () => {
    it("moves PGlite → PostgreSQL → PGlite with identical data", async () => {
      const t = await createTestApp();
      const pgliteFile = join(dir, "cross-pglite.json.gz");
      const postgresFile = join(dir, "cross-postgres.json.gz");
      const backAgain = join(dir, "cross-back.json.gz");
      const url = process.env.TEST_DATABASE_URL ?? "";
      const name = `kurs_backup_cross_${process.pid}`;
      const admin = await openDatabase({ driver: "postgres", url, poolSize: 1 });
      await admin.exec(`drop database if exists ${name} with (force)`);
      await admin.exec(`create database ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      const postgres = await openDatabase({ driver: "postgres", url: target.toString() });
      try {
        await t.app.inject({ method: "POST", url: "/api/v1/concept/versions", payload: {} });
        await writeBackup(t.database, pgliteFile);
        await postgres.migrate();
        await restoreBackup(postgres, pgliteFile);
        await writeBackup(postgres, postgresFile);
        await expectSameData(pgliteFile, postgresFile);
        expect((await loadBackup(postgresFile)).header.driver).toBe("postgres");

        const empty = await createTestDatabase({ seeded: false });
        try {
          await restoreBackup(empty, postgresFile);
          await writeBackup(empty, backAgain);
          await expectSameData(pgliteFile, backAgain);
        } finally {
          await empty.close();
        }
      } finally {
        await postgres.close();
        await admin.exec(`drop database if exists ${name} with (force)`);
        await admin.close();
        await t.close();
      }
    });
  },
);
