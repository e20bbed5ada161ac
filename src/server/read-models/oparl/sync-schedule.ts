import { isNull } from "drizzle-orm";
import { oparlSyncDue } from "../../../domain/oparl-schedule";
import type { Db } from "../../platform/db/database";
import { tenant } from "../../platform/db/schema";
import { tenantDb } from "../../platform/db/tenant-scope";
import type { OParlReader } from "./import/client";
import { readSync, startSync } from "./sync-service";

/** The actor of a run the schedule starts (the audit shows it). */
export const scheduleActor = "system:oparl-schedule";

interface ScheduleLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * Starts the runs that are due now (domain/oparl-schedule.ts), one per county, the same run as a
 * manual one (incremental after the first); a county whose run is still going is left alone.
 * Answers the counties it started a run for.
 */
export async function startDueSyncs(
  db: Db,
  { now, reader, log }: { now: Date; reader: OParlReader; log: ScheduleLog },
): Promise<string[]> {
  const started: string[] = [];
  const tenants = await db.select({ id: tenant.id }).from(tenant).where(isNull(tenant.disabledAt));
  for (const { id: tenantId } of tenants) {
    const scope = tenantDb(db, tenantId);
    try {
      const sync = await readSync(scope);
      if (!sync.entryUrl || sync.running) continue;
      if (!oparlSyncDue(sync.schedule, sync.lastRun?.startedAt ?? null, now)) continue;
      await startSync(scope, { actor: scheduleActor, reader, full: false });
      started.push(tenantId);
      log.info({ tenantId }, "Automatischer OParl-Abgleich gestartet");
    } catch (error) {
      log.error({ err: error, tenantId }, "Automatischer OParl-Abgleich nicht gestartet");
    }
  }
  return started;
}

export interface SyncSchedule {
  /** Clears the timer and waits for a check in progress. */
  stop(): Promise<void>;
}

/**
 * Looks for due syncs every `intervalMinutes` (KURS_OPARL_SYNC_CHECK_MINUTES, default 15; first
 * after one interval, so a start stays quick; the timer keeps nothing alive). Null when 0: with
 * several server processes on one database, let one of them look.
 */
export function startSyncSchedule(options: {
  db: Db;
  reader: OParlReader;
  log: ScheduleLog;
  intervalMinutes: number;
  now?: () => Date;
}): SyncSchedule | null {
  const { db, reader, log, intervalMinutes, now = () => new Date() } = options;
  if (intervalMinutes <= 0) return null;
  let checking: Promise<unknown> | null = null;
  const tick = () => {
    if (checking) return;
    checking = startDueSyncs(db, { now: now(), reader, log })
      .catch((error: Error) => log.error({ err: error }, error.message))
      .finally(() => {
        checking = null;
      });
  };
  const timer = setInterval(tick, intervalMinutes * 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await checking;
    },
  };
}
