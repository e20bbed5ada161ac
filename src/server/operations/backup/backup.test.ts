import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDriver } from "../../../testing/test-database";
import { openDatabase } from "../../platform/db/database";
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

/**
 * Rows beyond the seed, written as the owner (as migrations and the CLI do): a draft with goals
 * whose titles need escaping, audit rows (identity column), jsonb with numbers JavaScript cannot
 * hold exactly, a NULL, a timestamp with microseconds.
 */
async function writeExtraRows(database: TestDatabase, titles: string[]): Promise<void> {
  const [field] = await database.query<{ tenant_id: string; id: string }>(
    "select tenant_id, id from action_field order by position limit 1",
  );
  const tenantId = field?.tenant_id;
  const [draft] = await database.query<{ id: string }>(
    `insert into concept_version (tenant_id, number, title, status, created_at)
     values ($1, 99, 'Entwurf für die Sicherung', 'draft', '2026-02-03 04:05:06.123456+00')
     returning id`,
    [tenantId],
  );
  const [draftField] = await database.query<{ id: string }>(
    `insert into action_field (tenant_id, concept_version_id, lineage_id, position, title, guiding_goal)
     values ($1, $2, gen_random_uuid(), 1, 'Sprache', null) returning id`,
    [tenantId, draft?.id],
  );
  for (const [i, title] of titles.entries()) {
    await database.query(
      `insert into goal (tenant_id, concept_version_id, action_field_id, lineage_id, position, title)
       values ($1, $2, $3, gen_random_uuid(), $4, $5)`,
      [tenantId, draft?.id, draftField?.id, i + 1, title],
    );
    await database.query(
      `insert into audit_event (tenant_id, actor, action, entity_type, after)
       values ($1, 'backup-test', 'goal.create', 'goal', $2::jsonb)`,
      [tenantId, `{"title": ${JSON.stringify(title)}, "big": 123456789012345678901234567890.50}`],
    );
  }
}

describe("backup and restore", () => {
  let source: string;
  let database: TestDatabase;
  const goalTitles = ["Sprachkurse ausbauen", 'Zeilen\numbruch, "Anführung" & ümläut €', "g-3"];

  beforeAll(async () => {
    database = await createTestDatabase();
    await writeExtraRows(database, goalTitles);
    source = join(dir, `source-${testDriver()}.json.gz`);
    await writeBackup(database, source);
  });
  afterAll(async () => database?.close());

  it("writes a complete, self-describing file", async () => {
    const { header, rows } = await loadBackup(source);
    expect(header).toMatchObject({ format: "kurs-backup", formatVersion: 1, driver: testDriver() });
    expect(header.migration?.tag).toMatch(/^\d{4}_/);
    const goals = rows.get("goal") ?? [];
    for (const title of goalTitles) {
      expect(goals.some((row) => JSON.parse(row).title === title)).toBe(true);
    }
    const audit = rows.get("audit_event") ?? [];
    expect(audit.length).toBeGreaterThanOrEqual(goalTitles.length);
    // Rows stay PostgreSQL's text: no digit of a big jsonb number is lost to a JS double.
    expect(audit.some((row) => row.includes("123456789012345678901234567890.50"))).toBe(true);
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
    await writeBackup(database, before);
    await expect(restoreBackup(database, source)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup(database, source)).rejects.toThrow(/nicht leer.*tenant/);
    const after = join(dir, `after-${testDriver()}.json.gz`);
    await writeBackup(database, after);
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
      const seeded = await createTestDatabase();
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
        await writeExtraRows(seeded, ["über Treiber hinweg"]);
        await writeBackup(seeded, pgliteFile);
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
        await seeded.close();
      }
    });
  },
);
