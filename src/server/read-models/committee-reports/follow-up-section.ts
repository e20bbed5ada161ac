import type { FollowUp } from "../../../contract/follow-up";
import { isClosedState } from "../../../domain/follow-up";
import { readFollowUps } from "../../features/follow-ups/service";
import type { Executor } from "../../platform/db/database";
import type { FollowUpEntry } from "../../renderers/reports/report-snapshot";

const shortText = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * Umsetzung der Beschlüsse: the follow-ups of this committee's resolutions that are still open,
 * and those closed from the period's start up to the report's day — so the report after a
 * decision tells both what was done and what is still to do. A public session gets no notes.
 */
export function followUpSection(
  followUps: FollowUp[],
  period: { from: string },
  asOf: string,
  publicSession: boolean,
): FollowUpEntry[] {
  return followUps
    .filter((f) => f.resolution.decidedOn <= asOf)
    .filter(
      (f) =>
        !isClosedState(f.state) ||
        (f.closedOn !== null && f.closedOn >= period.from && f.closedOn <= asOf),
    )
    .map((f) => {
      const note = f.notes.at(-1);
      return {
        decidedOn: f.resolution.decidedOn,
        resolution: f.resolution.paper?.reference ?? shortText(f.resolution.text),
        title: f.title,
        responsible: f.responsible,
        dueOn: f.dueOn,
        state: f.state,
        closedOn: f.closedOn,
        overdue: f.overdue,
        automatic: f.automatic,
        latestNote: note && !publicSession ? { on: note.notedOn, text: note.text } : null,
      };
    });
}

export async function readFollowUpSection(
  db: Executor,
  tenantId: string,
  request: {
    committee: { id: string };
    period: { from: string };
    asOf: string;
    publicSession: boolean;
  },
): Promise<FollowUpEntry[]> {
  const all = await readFollowUps(
    db,
    tenantId,
    { committeeId: request.committee.id },
    request.asOf,
  );
  return followUpSection(all, request.period, request.asOf, request.publicSession);
}
