import type { Resolution } from "../../../contract/resolution";
import type { Executor } from "../../platform/db/database";
import { listResolutions } from "./queries";
import { presentResolution } from "./service";

/**
 * What a meeting decided: the resolutions recorded for it. A resolution belongs to a meeting when
 * it names the meeting or concludes a step of the Beratungsfolge held there (recordResolution
 * stores either as its meeting). The one rule behind Übersicht, Gremien and Konzept; a meeting's
 * free-text result summary is shown beside it, never instead of it.
 */
export async function decisionsByMeeting(
  db: Executor,
  tenantId: string,
): Promise<Map<string, Resolution[]>> {
  const rows = await listResolutions(db, tenantId);
  const byMeeting = new Map<string, Resolution[]>();
  // Oldest first within a meeting, in the order they were decided and recorded.
  for (const row of [...rows].reverse()) {
    if (!row.meetingId) continue;
    byMeeting.set(row.meetingId, [
      ...(byMeeting.get(row.meetingId) ?? []),
      presentResolution(row, rows),
    ]);
  }
  return byMeeting;
}
