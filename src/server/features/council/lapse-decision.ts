import { type DecisionDeadline, nextDecisionDeadline } from "../../../domain/decision-deadline";
import { paperDeadlineDaysFor } from "../../../domain/paper-deadline";
import type { Executor } from "../../platform/db/database";
import { countyPaperDeadlineDays } from "../deadlines/read";
import { listMeetings } from "./queries";

/**
 * For funds whose money would lapse: by when the office must submit the paper so that the
 * committee that granted the fund (any committee when none is recorded) can decide in a meeting
 * before the fiscal year ends — carry over, widen the purpose, or let it go.
 */
export async function lapseDecisionReader(db: Executor, tenantId: string, today: string) {
  // A decision paper is no report: the county's Vorlagenfrist applies.
  const days = paperDeadlineDaysFor(await countyPaperDeadlineDays(db, tenantId));
  const meetings = await listMeetings(db, tenantId);
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
