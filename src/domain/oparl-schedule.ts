/**
 * The automatic OParl sync a county may switch on: off, daily or weekly. A run is due
 * when none has started yet, or the last one started at least the interval ago; the server looks
 * every few minutes (server/oparl/sync-schedule.ts), so a run starts at most that late.
 */
export const oparlSchedules = ["off", "daily", "weekly"] as const;
export type OParlSchedule = (typeof oparlSchedules)[number];

const intervalHours: Record<Exclude<OParlSchedule, "off">, number> = { daily: 24, weekly: 24 * 7 };

export function oparlSyncDue(
  schedule: OParlSchedule,
  lastStartedAt: string | null,
  now: Date,
): boolean {
  if (schedule === "off") return false;
  if (lastStartedAt === null) return true;
  const since = now.getTime() - new Date(lastStartedAt).getTime();
  return since >= intervalHours[schedule] * 3_600_000;
}
