import { reminderDue } from "../../../domain/reporting-schedule";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Db } from "../../platform/db/database";
import { tenantDb } from "../../platform/db/tenant-scope";
import {
  type ReminderCounts,
  type ReminderJob,
  type ReminderOptions,
  remindInEveryCounty,
  schedulerActor,
  sendOnce,
} from "../../platform/mail/reminder-schedule";
import * as q from "./queries";
import { reminderMail, reminderRecipients } from "./reminder-mail";
import { readSchedules } from "./schedule-service";

/**
 * Sends every due request for progress updates once, in every county that is not disabled: for
 * each duty whose reminders are due (domain/reporting-schedule `reminderDue`) each recipient
 * gets one mail per reporting period, claimed by a report_reminder row
 * (mail/reminder-schedule.ts `sendOnce`). Started with the other reminders by run-server.ts.
 */
export const runReminderJob: ReminderJob = remindInEveryCounty(remindInTenant);

async function remindInTenant(
  db: Db,
  tenantId: string,
  { today, mailer, log }: ReminderOptions,
): Promise<ReminderCounts> {
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
        const claimed = await sendOnce(
          scope,
          mailer,
          (tx) =>
            q.claimReminder(tx, {
              tenantId,
              reportingDutyId: duty.id,
              periodTo: duty.period.to,
              recipient: to,
              sentBy: schedulerActor,
            }),
          reminderMail(duty, to, titles),
        );
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
