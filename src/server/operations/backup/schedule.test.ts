import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { county } from "../../../testing/factories";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import type { Database } from "../../platform/db/database";
import { loadBackup } from "./backup-file";
import {
  type BackupLog,
  backupFileName,
  backupTimeOf,
  delayUntilDue,
  listBackups,
  pruneBackups,
  startBackupSchedule,
} from "./schedule";

const hour = 3_600_000;
const now = new Date("2026-03-01T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * hour);

function dirWith(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "kurs-schedule-"));
  for (const name of names) writeFileSync(join(dir, name), "x");
  return dir;
}

function recordingLog() {
  const lines: { level: "info" | "error"; message: string }[] = [];
  const log: BackupLog = {
    info: (_details, message) => lines.push({ level: "info", message }),
    error: (_details, message) => lines.push({ level: "error", message }),
  };
  return { log, lines };
}

async function until(check: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("backup file names and rotation", () => {
  it("names files by UTC time so that they sort in time order, and reads the time back", () => {
    expect(backupFileName(new Date("2026-01-02T03:04:05.678Z"))).toBe(
      "kurs-20260102-030405.json.gz",
    );
    expect(backupTimeOf("kurs-20260102-030405.json.gz")).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(backupTimeOf("kurs-20260102-030405.json.gz.tmp")).toBeNull();
    expect(backupTimeOf("notes.txt")).toBeNull();
  });

  it("keeps the newest N, deletes older ones and leftovers, leaves other files alone", () => {
    const names = Array.from({ length: 10 }, (_, i) => backupFileName(hoursAgo(24 * i)));
    const dir = dirWith([...names, "notes.txt", `${backupFileName(hoursAgo(1))}.tmp`]);
    const deleted = pruneBackups(dir, 3);
    expect(deleted.sort()).toEqual(names.slice(3).sort());
    expect(readdirSync(dir).sort()).toEqual([...names.slice(0, 3), "notes.txt"].sort());
    expect(listBackups(dir).map((b) => b.name)).toEqual(names.slice(0, 3));
    expect(pruneBackups(join(dir, "missing"), 3)).toEqual([]);
  });

  it("is due at once without backups or when the newest is older than the interval", () => {
    expect(delayUntilDue(null, now, 24)).toBe(0);
    expect(delayUntilDue(hoursAgo(30), now, 24)).toBe(0);
    expect(delayUntilDue(hoursAgo(24), now, 24)).toBe(0);
    expect(delayUntilDue(hoursAgo(20), now, 24)).toBe(4 * hour);
  });
});

describe("scheduled backups", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: false });
    await county(database, { slug: "sicherungskreis" });
  });
  afterAll(async () => database?.close());

  it("backs up at start when the newest is too old, rotates, and waits a full interval", async () => {
    const old = [
      backupFileName(hoursAgo(72)),
      backupFileName(hoursAgo(48)),
      backupFileName(hoursAgo(25)),
    ];
    const dir = dirWith(old);
    const { log, lines } = recordingLog();
    const schedule = startBackupSchedule({
      database,
      dir,
      intervalHours: 24,
      keep: 2,
      log,
      now: () => now,
    });
    try {
      await until(() => lines.length > 0);
      expect(lines[0]).toMatchObject({
        level: "info",
        message: expect.stringContaining("Sicherung geschrieben"),
      });
      expect(readdirSync(dir).sort()).toEqual([backupFileName(hoursAgo(25)), backupFileName(now)]);
      const { header } = await loadBackup(join(dir, backupFileName(now)));
      expect(header.createdAt).toBe(now.toISOString());
      await until(() => schedule?.nextRunAt() !== null);
      expect(schedule?.nextRunAt()).toEqual(new Date(now.getTime() + 24 * hour));
    } finally {
      await schedule?.stop();
    }
    expect(schedule?.nextRunAt()).toBeNull();
  });

  it("waits for the rest of the interval when a recent backup exists", async () => {
    const dir = dirWith([backupFileName(hoursAgo(5))]);
    const { log, lines } = recordingLog();
    const schedule = startBackupSchedule({
      database,
      dir,
      intervalHours: 24,
      keep: 7,
      log,
      now: () => now,
    });
    try {
      expect(schedule?.nextRunAt()).toEqual(new Date(now.getTime() + 19 * hour));
      await new Promise((r) => setTimeout(r, 300));
      expect(lines).toEqual([]);
      expect(existsSync(join(dir, backupFileName(now)))).toBe(false);
    } finally {
      await schedule?.stop();
    }
  });

  it("logs a failure, leaves no file behind and retries within an hour, not in a loop", async () => {
    const dir = dirWith([]);
    const broken = {
      ...database,
      db: { transaction: () => Promise.reject(new Error("Datenbank weg")) },
    } as unknown as Database;
    const { log, lines } = recordingLog();
    const schedule = startBackupSchedule({
      database: broken,
      dir,
      intervalHours: 24,
      keep: 7,
      log,
      now: () => now,
    });
    try {
      await until(() => schedule?.nextRunAt() !== null && lines.length > 0);
      expect(lines).toEqual([
        { level: "error", message: expect.stringContaining("Datenbank weg") },
      ]);
      expect(schedule?.nextRunAt()).toEqual(new Date(now.getTime() + hour));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await schedule?.stop();
    }
  });

  it("is off with an interval of 0", () => {
    const { log, lines } = recordingLog();
    expect(
      startBackupSchedule({ database, dir: dirWith([]), intervalHours: 0, keep: 7, log }),
    ).toBeNull();
    expect(lines[0]?.message).toContain("abgeschaltet");
  });
});
