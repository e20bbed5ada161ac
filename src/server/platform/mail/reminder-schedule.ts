import { isNull } from "drizzle-orm";
import type { Db, Tx } from "../db/database";
import { tenant } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import type { Mailer, OutgoingMail } from "./mailer";

/** The actor of scheduled reminders in the audit trail and in the claim tables' sent_by. */
export const schedulerActor = "scheduler";

export interface ReminderLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ReminderCounts {
  sent: number;
  failed: number;
}

/**
 * One kind of scheduled reminder (progress updates, proofs of use): sends what is due on `today`
 * in every county, each mail once (`sendOnce`).
 */
export type ReminderJob = (db: Db, options: ReminderOptions) => Promise<ReminderCounts>;

/** What a reminder run gets: the day it runs for, the mailer and the log. */
export interface ReminderOptions {
  today: string;
  mailer: Mailer;
  log: ReminderLog;
}

/**
 * The job that runs `remind` for every county that is not disabled; a county that fails is logged
 * and counted, the others go on. Without SMTP nothing runs (nothing is claimed): once a server is
 * configured, the reminders still go out.
 */
export function remindInEveryCounty(
  remind: (db: Db, tenantId: string, options: ReminderOptions) => Promise<ReminderCounts>,
): ReminderJob {
  return async (db, options) => {
    const total = { sent: 0, failed: 0 };
    if (!options.mailer.configured) return total;
    const tenants = await db
      .select({ id: tenant.id })
      .from(tenant)
      .where(isNull(tenant.disabledAt));
    for (const { id: tenantId } of tenants) {
      try {
        const counts = await remind(db, tenantId, options);
        total.sent += counts.sent;
        total.failed += counts.failed;
      } catch (error) {
        total.failed += 1;
        options.log.error(
          { err: error, tenantId },
          `Erinnerungslauf für einen Landkreis fehlgeschlagen: ${(error as Error).message}`,
        );
      }
    }
    return total;
  };
}

/**
 * Sends one mail once: the claim (a row with a unique key, inserted ON CONFLICT DO NOTHING) and
 * the mail share one transaction. A second run — after a restart or in another server process —
 * finds the row and sends nothing (PostgreSQL makes a concurrent insert wait for the first to
 * commit or roll back); a failed send rolls the claim back, so the next run tries again. (Should
 * the process die between a delivered mail and the commit, that one mail goes out again.)
 * True when this call sent it.
 */
export function sendOnce(
  scope: TenantDb,
  mailer: Mailer,
  claim: (tx: Tx) => Promise<boolean>,
  mail: OutgoingMail,
): Promise<boolean> {
  return scope.transaction(async (tx) => {
    const mine = await claim(tx);
    if (mine) await mailer.send(mail);
    return mine;
  });
}

export interface ReminderSchedule {
  /** Clears the timer and waits for a running job, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Runs the reminder jobs now and then every `intervalMinutes` in the server process, one after
 * the other (the timer does not keep the process alive). Null when switched off (0).
 */
export function startReminderSchedule(options: {
  db: Db;
  intervalMinutes: number;
  mailer: Mailer;
  today: () => string;
  log: ReminderLog;
  jobs: ReminderJob[];
}): ReminderSchedule | null {
  const { db, intervalMinutes, mailer, today, log, jobs } = options;
  if (intervalMinutes <= 0) {
    log.info({}, "Automatische Erinnerungen sind abgeschaltet (KURS_REMINDER_INTERVAL_MINUTES=0)");
    return null;
  }
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      for (const job of jobs)
        await job(db, { today: today(), mailer, log }).catch((error: Error) =>
          log.error({ err: error }, `Erinnerungslauf fehlgeschlagen: ${error.message}`),
        );
    })().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, intervalMinutes * 60_000);
  timer.unref();
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
