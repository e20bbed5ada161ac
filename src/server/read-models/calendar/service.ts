import { and, desc, eq, isNull } from "drizzle-orm";
import {
  type CalendarEntry,
  followUpEntries,
  meetingEntries,
  paperDeadlineEntries,
  proofOfUseEntries,
  reportEntries,
} from "../../../domain/calendar";
import { paperDeadlineDaysFor } from "../../../domain/paper-deadline";
import * as council from "../../features/council/read";
import { countyPaperDeadlineDays } from "../../features/deadlines/read";
import { readFollowUps } from "../../features/follow-ups/service";
import { openProofsOfUse } from "../../features/grants/common";
import { recordAudit } from "../../platform/audit/record-audit";
import { hashToken, newToken } from "../../platform/auth/session-token";
import type { Executor } from "../../platform/db/database";
import { appUser, calendarFeed, tenant } from "../../platform/db/schema";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { readDutySchedules } from "../committee-reports/schedule-service";

/** Where the personal feed lives: the token is the only key (no session, no cookie). */
export const personalFeedPath = (token: string) => `/kalender/${token}.ics`;

async function tenantName(db: Executor, tenantId: string) {
  const [row] = await db.select({ name: tenant.name }).from(tenant).where(eq(tenant.id, tenantId));
  return row?.name ?? "";
}

/** The public feed: every meeting of the county's committees. */
export async function publicCalendar(scope: TenantDb) {
  return scope.transaction(async (tx) => {
    return {
      name: `Sitzungen – ${await tenantName(tx, scope.tenantId)}`,
      entries: meetingEntries(await council.listMeetings(tx, scope.tenantId)),
    };
  });
}

/**
 * The office's personal feed: meetings, the Vorlagenfrist of each coming meeting, the due dates
 * of the next Sachstandsberichte and their progress updates, open follow-ups of resolutions, and
 * the proofs of use (Verwendungsnachweise) of granted applications still to come.
 * Null when the token is unknown or revoked, or its owner is disabled.
 */
export async function personalCalendar(
  scope: TenantDb,
  token: string,
  today: string,
): Promise<{ name: string; entries: CalendarEntry[] } | null> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const [feed] = await tx
      .select({ id: calendarFeed.id, disabledAt: appUser.disabledAt })
      .from(calendarFeed)
      .innerJoin(
        appUser,
        and(eq(appUser.tenantId, calendarFeed.tenantId), eq(appUser.id, calendarFeed.userId)),
      )
      .where(
        and(
          eq(calendarFeed.tenantId, tenantId),
          eq(calendarFeed.tokenHash, hashToken(token)),
          isNull(calendarFeed.revokedAt),
        ),
      );
    if (!feed || feed.disabledAt) return null;
    // A meeting's Vorlagenfrist is the county's; a report's own lead time is in `duties`.
    const paperDeadlineDays = paperDeadlineDaysFor(await countyPaperDeadlineDays(tx, tenantId));
    const meetings = await council.listMeetings(tx, tenantId);
    const duties = await readDutySchedules(tx, tenantId, today);
    const followUps = await readFollowUps(tx, tenantId, { open: true }, today);
    const proofs = await openProofsOfUse(tx, tenantId, null);
    return {
      name: `Kurs – ${await tenantName(tx, tenantId)}`,
      entries: [
        ...meetingEntries(meetings),
        ...paperDeadlineEntries(meetings, paperDeadlineDays, today),
        ...reportEntries(
          duties.map((d) => ({
            id: d.id,
            committee: d.committee.name,
            paperDue: d.paperDue,
            updatesDue: d.updatesDue,
            meetingDate: d.meetingDate,
            state: d.state,
          })),
        ),
        ...followUpEntries(
          followUps.map((f) => ({
            id: f.id,
            title: f.title,
            dueOn: f.dueOn,
            committee: f.resolution.committee.name,
            committeeId: f.resolution.committee.id,
          })),
        ),
        ...proofOfUseEntries(
          proofs.map(({ row, dueOn }) => ({
            applicationId: row.application.id,
            title: row.application.title,
            organisation: row.partnerName,
            dueOn,
          })),
        ),
      ],
    };
  });
}

export async function calendarFeedStatus(scope: TenantDb, userId: string) {
  return scope.transaction(async (tx) => {
    const [active] = await tx
      .select({ createdAt: calendarFeed.createdAt })
      .from(calendarFeed)
      .where(
        and(
          eq(calendarFeed.tenantId, scope.tenantId),
          eq(calendarFeed.userId, userId),
          isNull(calendarFeed.revokedAt),
        ),
      )
      .orderBy(desc(calendarFeed.createdAt))
      .limit(1);
    return { active: !!active, createdAt: active?.createdAt ?? null };
  });
}

/** Revokes every active link of the user, one audit entry each. */
async function revokeAll(
  tx: Executor,
  tenantId: string,
  { userId, actor, requestId }: { userId: string; actor: string; requestId?: string },
): Promise<void> {
  const revoked = await tx
    .update(calendarFeed)
    .set({ revokedAt: new Date().toISOString() })
    .where(
      and(
        eq(calendarFeed.tenantId, tenantId),
        eq(calendarFeed.userId, userId),
        isNull(calendarFeed.revokedAt),
      ),
    )
    .returning({ id: calendarFeed.id });
  for (const old of revoked) {
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "calendarFeed.revoke",
      entityType: "calendarFeed",
      entityId: old.id,
    });
  }
}

/** A new personal link; any earlier one stops working. The token is shown only now. */
export async function replaceCalendarFeed(
  scope: TenantDb,
  { userId, actor, requestId }: { userId: string; actor: string; requestId?: string },
): Promise<{ token: string; createdAt: string }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await revokeAll(tx, tenantId, { userId, actor, requestId });
    const token = newToken();
    const [created] = await tx
      .insert(calendarFeed)
      .values({ tenantId, userId, tokenHash: hashToken(token) })
      .returning({ id: calendarFeed.id, createdAt: calendarFeed.createdAt });
    if (!created) throw new Error("calendar feed not inserted");
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "calendarFeed.create",
      entityType: "calendarFeed",
      entityId: created.id,
    });
    return { token, createdAt: created.createdAt };
  });
}

export async function revokeCalendarFeed(
  scope: TenantDb,
  { userId, actor, requestId }: { userId: string; actor: string; requestId?: string },
): Promise<void> {
  const { tenantId } = scope;
  await scope.transaction(async (tx) => {
    await revokeAll(tx, tenantId, { userId, actor, requestId });
  });
}
