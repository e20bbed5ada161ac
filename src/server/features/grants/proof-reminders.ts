import { type ProofReminderKind, proofReminderDue } from "../../../domain/proof-of-use";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Db } from "../../platform/db/database";
import { tenantDb } from "../../platform/db/tenant-scope";
import type { OutgoingMail } from "../../platform/mail/mailer";
import {
  type ReminderCounts,
  type ReminderJob,
  type ReminderOptions,
  remindInEveryCounty,
  schedulerActor,
  sendOnce,
} from "../../platform/mail/reminder-schedule";
import { germanDate } from "../../renderers/reports/german-format";
import { openProofsOfUse } from "./common";
import { claimProofReminder, providerAddresses } from "./reminder-queries";

/** What the reminder is about: an application of the organisation, its programme, its due day. */
interface ProofDue {
  title: string;
  programmeTitle: string;
  noticeReference: string | null;
  dueOn: string;
}

/** The reminder of a proof of use (German: it goes to the county's providers). */
export function proofReminderMail(
  kind: ProofReminderKind,
  to: string,
  due: ProofDue,
): OutgoingMail {
  const what = `Verwendungsnachweis für „${due.title}“`;
  return {
    to,
    subject:
      kind === "dueSoon"
        ? `Erinnerung: ${what} fällig am ${germanDate(due.dueOn)}`
        : `${what} überfällig seit ${germanDate(due.dueOn)}`,
    text: [
      "Guten Tag,",
      "",
      kind === "dueSoon"
        ? `für Ihre Zuwendung „${due.title}“ (Förderaufruf „${due.programmeTitle}“${due.noticeReference ? `, Bescheid ${due.noticeReference}` : ""}) ist der Verwendungsnachweis am ${germanDate(due.dueOn)} fällig.`
        : `für Ihre Zuwendung „${due.title}“ (Förderaufruf „${due.programmeTitle}“${due.noticeReference ? `, Bescheid ${due.noticeReference}` : ""}) war der Verwendungsnachweis am ${germanDate(due.dueOn)} fällig. Er liegt uns noch nicht vor.`,
      "",
      "Bitte reichen Sie den Sachbericht und die tatsächlichen Kosten in Kurs beim Antrag ein (Zuwendungen → Ihr Antrag → Verwendungsnachweis).",
      kind === "overdue"
        ? "Ohne Verwendungsnachweis kann die Zuwendung ganz oder teilweise zurückgefordert werden."
        : "",
      "",
      "Mit freundlichen Grüßen",
      "Koordinierungsstelle Migration und Teilhabe",
    ]
      .filter((line, i, all) => line !== "" || all[i - 1] !== "")
      .join("\n"),
  };
}

/**
 * Reminds provider organisations of their proofs of use (Verwendungsnachweis), each reminder
 * once: four weeks before the due day, and once when it is overdue (domain/proof-of-use.ts),
 * to the organisation's contact address and its partner accounts. A submitted proof stops them.
 * Claimed by grant_proof_reminder rows (mail/reminder-schedule.ts `sendOnce`), one audit entry
 * per application a run reminded; started with the other reminders by run-server.ts.
 */
export const runProofReminderJob: ReminderJob = remindInEveryCounty(remindInTenant);

async function remindInTenant(
  db: Db,
  tenantId: string,
  { today, mailer, log }: ReminderOptions,
): Promise<ReminderCounts> {
  let sent = 0;
  let failed = 0;
  const scope = tenantDb(db, tenantId);
  const { due, addresses } = await scope.transaction(async (tx) => {
    const open = (await openProofsOfUse(tx, tenantId, null)).flatMap(({ row, dueOn }) => {
      const kind = proofReminderDue(dueOn, today);
      return kind ? [{ row, dueOn, kind }] : [];
    });
    const partnerIds = [...new Set(open.map((o) => o.row.application.partnerId))];
    return { due: open, addresses: await providerAddresses(tx, tenantId, partnerIds) };
  });
  for (const { row, dueOn, kind } of due) {
    const a = row.application;
    let sentForApplication = 0;
    for (const to of addresses.get(a.partnerId) ?? []) {
      try {
        const claimed = await sendOnce(
          scope,
          mailer,
          (tx) =>
            claimProofReminder(tx, {
              tenantId,
              applicationId: a.id,
              kind,
              dueOn,
              recipient: to,
              sentBy: schedulerActor,
            }),
          proofReminderMail(kind, to, {
            title: a.title,
            programmeTitle: row.programmeTitle,
            noticeReference: a.noticeReference,
            dueOn,
          }),
        );
        if (claimed) sentForApplication += 1;
      } catch (error) {
        failed += 1;
        log.error(
          { err: error, tenantId, applicationId: a.id },
          `Erinnerung an den Verwendungsnachweis an ${to} nicht gesendet: ${(error as Error).message}`,
        );
      }
    }
    if (!sentForApplication) continue;
    sent += sentForApplication;
    await scope.transaction((tx) =>
      recordAudit(tx, {
        tenantId,
        actor: schedulerActor,
        action: "grantProof.remind",
        entityType: "grantApplication",
        entityId: a.id,
        after: { kind, dueOn, sent: sentForApplication, scheduled: true },
      }),
    );
    log.info(
      { tenantId, applicationId: a.id, kind, sent: sentForApplication },
      `Erinnerungen an den Verwendungsnachweis gesendet: ${sentForApplication}`,
    );
  }
  return { sent, failed };
}
