import { eq } from "drizzle-orm";
import {
  type DecisionDeadline,
  defaultPaperDeadlineDays,
  nextDecisionDeadline,
} from "../../domain/decision-deadline";
import * as council from "../council/read";
import type { Executor } from "../db/database";
import { tenant } from "../db/schema";

/** The county's Vorlagenfrist in days (tenant setting, default 21). */
export async function paperDeadlineDaysOf(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ days: tenant.paperDeadlineDays })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  return row?.days ?? defaultPaperDeadlineDays;
}

/**
 * For funds whose money would lapse: by when the office must submit the paper so that the
 * committee that granted the fund (any committee when none is recorded) can decide in a meeting
 * before the fiscal year ends — carry over, widen the purpose, or let it go.
 */
export async function lapseDecisionReader(db: Executor, tenantId: string, today: string) {
  const days = await paperDeadlineDaysOf(db, tenantId);
  const meetings = await council.listMeetings(db, tenantId);
  return (fund: {
    fiscalYear: number;
    grantedByCommitteeId: string | null;
  }): DecisionDeadline | null =>
    nextDecisionDeadline(
      meetings.filter(
        (m) => !fund.grantedByCommitteeId || m.committeeId === fund.grantedByCommitteeId,
      ),
      days,
      today,
      `${fund.fiscalYear}-12-31`,
    );
}
