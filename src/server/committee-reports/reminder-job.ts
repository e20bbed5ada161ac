import { isNull } from "drizzle-orm";
import { reminderDue } from "../../domain/reporting-schedule";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/database";
import { tenant } from "../db/schema";
import { tenantDb } from "../db/tenant-scope";
import type { Mailer } from "./mailer";
import * as q from "./queries";
import { reminderMail, reminderRecipients } from "./reminder-mail";
import { readSchedules } from "./schedule-service";

/** The actor of scheduled reminders in the audit trail and in report_reminder.sent_by. */
export const schedulerActor = "scheduler";

export interface ReminderLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * Sends every due request for progress updates once, in every county that is not disabled: for
 * each duty whose reminders are due (domain/reporting-schedule `reminderDue`) each recipient
 * gets one mail per reporting period. The claim (a report_reminder row) and the mail share one
 * transaction: a second run — after a restart or in another server process — finds the row and
 * sends nothing; a failed send rolls the claim back, so the next run tries again. (Should the
 * process die between a delivered mail and the commit, that one mail goes out again.)
 * Without SMTP nothing is claimed: once a server is configured, the requests still go out.
 */
export async function runReminderJob(
  db: Db,
  { today, mailer, log }: { today: string; mailer: Mailer; log: ReminderLog },
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  if (!mailer.configured) return { sent, failed };
  const tenants = await db.select({ id: tenant.id }).from(tenant).where(isNull(tenant.disabledAt));
  for (const { id: tenantId } of tenants) {
    try {
      const counts = await remindInTenant(db, tenantId, { today, mailer, log });
      sent += counts.sent;
      failed += counts.failed;
    } catch (error) {
      failed += 1;
      log.error(
        { err: error, tenantId },
        `Erinnerungslauf für einen Landkreis fehlgeschlagen: ${(error as Error).message}`,
      );
    }
  }
  return { sent, failed };
}

async function remindInTenant(
  db: Db,
  tenantId: string,
  { today, mailer, log }: { today: string; mailer: Mailer; log: ReminderLog },
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  const scope = tenantDb(db, tenantId);
  const { schedules, accounts } = await scope.transaction(async (tx) => ({
    schedules: await readSchedules(tx, tenantId, today),
    accounts: await q.partnerAccounts(tx, tenantId),
  }));
  for (const { duty, tasks } of schedules) {
    if (!reminderDue(duty, today) || !tasks.length) continue;
    let sentForDuty = 0;
    for (const [to, titles] of reminderRecipients(tasks, accounts)) {
      try {
        const claimed = await scope.transaction(async (tx) => {
          const mine = await q.claimReminder(tx, {
            tenantId,
            reportingDutyId: duty.id,
            periodTo: duty.period.to,
            recipient: to,
            sentBy: schedulerActor,
          });
          if (mine) await mailer.send(reminderMail(duty, to, titles));
          return mine;
        });
        if (claimed) sentForDuty += 1;
      } catch (error) {
        failed += 1;
        log.error(
          { err: error, tenantId, dutyId: duty.id },
          `Erinnerung an ${to} nicht gesendet: ${(error as Error).message}`,
        );
      }
    }
    if (sentForDuty) {
      sent += sentForDuty;
      await scope.transaction((tx) =>
        recordAudit(tx, {
          tenantId,
          actor: schedulerActor,
          action: "reportingDuty.remind",
          entityType: "reportingDuty",
          entityId: duty.id,
          after: { period: duty.period, sent: sentForDuty, scheduled: true },
        }),
      );
      log.info(
        { tenantId, dutyId: duty.id, sent: sentForDuty },
        `Erinnerungen für ${duty.committee.name} gesendet: ${sentForDuty}`,
      );
    }
  }
  return { sent, failed };
}

export interface ReminderSchedule {
  /** Clears the timer and waits for a running job, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Runs the reminder job now and then every `intervalMinutes` in the server process (the timer
 * does not keep the process alive). Null when switched off (0).
 */
export function startReminderSchedule(options: {
  db: Db;
  intervalMinutes: number;
  mailer: Mailer;
  today: () => string;
  log: ReminderLog;
}): ReminderSchedule | null {
  const { db, intervalMinutes, mailer, today, log } = options;
  if (intervalMinutes <= 0) {
    log.info({}, "Automatische Erinnerungen sind abgeschaltet (KURS_REMINDER_INTERVAL_MINUTES=0)");
    return null;
  }
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runReminderJob(db, { today: today(), mailer, log })
      .catch((error: Error) =>
        log.error({ err: error }, `Erinnerungslauf fehlgeschlagen: ${error.message}`),
      )
      .finally(() => {
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
