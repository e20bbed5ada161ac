import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../../platform/db/database";
import { writeBackup } from "./write-backup";

/** What the schedule logs through (the app's pino logger fits). */
export interface BackupLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

const hour = 60 * 60 * 1000;
/** After a failed backup, try again in an hour (or the interval, if shorter), not in a loop. */
const retryAfterFailure = hour;
/** setTimeout cannot wait longer than ~24.8 days; longer waits are taken in steps. */
const longestTimeout = 2 ** 31 - 1;
const namePattern = /^kurs-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.json\.gz$/;

const two = (n: number) => String(n).padStart(2, "0");

/** `kurs-YYYYMMDD-HHMMSS.json.gz` in UTC: names sort in time order. */
export function backupFileName(at: Date): string {
  const date = `${at.getUTCFullYear()}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}`;
  const time = `${two(at.getUTCHours())}${two(at.getUTCMinutes())}${two(at.getUTCSeconds())}`;
  return `kurs-${date}-${time}.json.gz`;
}

export function backupTimeOf(name: string): Date | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
}

/** The scheduled backups in `dir`, newest first (other files are not ours and stay untouched). */
export function listBackups(dir: string): { name: string; takenAt: Date }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const takenAt = backupTimeOf(name);
      return takenAt ? [{ name, takenAt }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Keeps the newest `keep` backups, deletes older ones and leftovers of interrupted runs. */
export function pruneBackups(dir: string, keep: number): string[] {
  const doomed = listBackups(dir)
    .slice(keep)
    .map((b) => b.name);
  let leftovers: string[] = [];
  try {
    leftovers = readdirSync(dir).filter((n) => n.endsWith(".json.gz.tmp") && n.startsWith("kurs-"));
  } catch {
    // no directory, nothing to prune
  }
  for (const name of [...doomed, ...leftovers]) rmSync(join(dir, name), { force: true });
  return doomed;
}

/** Milliseconds until the next backup is due: 0 when there is none yet or the newest is too old. */
export function delayUntilDue(newest: Date | null, now: Date, intervalHours: number): number {
  if (!newest) return 0;
  return Math.max(0, newest.getTime() + intervalHours * hour - now.getTime());
}

export interface BackupScheduleOptions {
  database: Database;
  dir: string;
  intervalHours: number;
  keep: number;
  log: BackupLog;
  now?: () => Date;
}

export interface BackupSchedule {
  /** When the timer fires next (null while a backup runs or after stop). */
  nextRunAt(): Date | null;
  /** Clears the timer and waits for a running backup, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Takes a backup into `dir` every `intervalHours` (at once if the newest one is older), keeps
 * the newest `keep`. The timer does not keep the process alive. Returns null when disabled (0).
 */
export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule | null {
  const { database, dir, intervalHours, keep, log } = options;
  const now = options.now ?? (() => new Date());
  if (intervalHours <= 0) {
    log.info({ dir }, "Automatische Sicherungen sind abgeschaltet (KURS_BACKUP_INTERVAL_HOURS=0)");
    return null;
  }
  let timer: NodeJS.Timeout | null = null;
  let dueAt: Date | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const wait = (ms: number) => {
    if (stopped) return;
    dueAt = new Date(now().getTime() + ms);
    timer = setTimeout(tick, Math.min(ms, longestTimeout));
    timer.unref();
  };

  const backupOnce = async (): Promise<boolean> => {
    const file = join(dir, backupFileName(now()));
    try {
      const summary = await writeBackup(database, file, now);
      const deleted = pruneBackups(dir, keep);
      log.info(
        { file, bytes: summary.bytes, rows: summary.rows, ms: summary.durationMs, deleted },
        `Sicherung geschrieben: ${file}`,
      );
      return true;
    } catch (error) {
      log.error({ err: error, file }, `Sicherung fehlgeschlagen: ${(error as Error).message}`);
      return false;
    }
  };

  function tick() {
    timer = null;
    dueAt = null;
    if (stopped) return;
    const remaining = delayUntilDue(listBackups(dir)[0]?.takenAt ?? null, now(), intervalHours);
    if (remaining > 0) return wait(remaining);
    running = backupOnce().then((ok) => {
      running = null;
      wait(ok ? intervalHours * hour : Math.min(retryAfterFailure, intervalHours * hour));
    });
  }

  wait(delayUntilDue(listBackups(dir)[0]?.takenAt ?? null, now(), intervalHours));
  return {
    nextRunAt: () => dueAt,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      dueAt = null;
      await running;
    },
  };
}
