/**
 * Staff capacity (Stellen, VZÄ) against the shares assigned to measures, month by month. FTE are
 * counted in hundredths so sums are exact.
 */
export interface PositionPeriod {
  positionId: string;
  validFrom: string;
  validTo: string | null;
  fte: number;
}
export interface Assignment {
  positionId: string;
  measureId: string;
  /** First day of the month, YYYY-MM-01. */
  month: string;
  fte: number;
}

const toHundredths = (fte: number) => Math.round(fte * 100);
const fromHundredths = (h: number) => h / 100;

/** YYYY-MM-01 of every month from `from` to `to` (both YYYY-MM-01), at most 120. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  while (out.length < 120) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key > end) break;
    out.push(`${key}-01`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Last day of the month of a YYYY-MM-01 date. */
function monthEnd(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The FTE of a position in a month: the periods that cover the whole month. */
export function capacityInMonth(periods: readonly PositionPeriod[], month: string): number {
  const last = monthEnd(month);
  return periods
    .filter((p) => p.validFrom <= month && (p.validTo === null || p.validTo >= last))
    .reduce((sum, p) => sum + toHundredths(p.fte), 0);
}

/** Two periods of one position that overlap would count its FTE twice. */
export function periodsOverlap(periods: readonly { validFrom: string; validTo: string | null }[]) {
  const sorted = [...periods].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.some((p, i) => {
    const next = sorted[i + 1];
    return next !== undefined && (p.validTo === null || p.validTo >= next.validFrom);
  });
}

export interface MonthCapacity {
  month: string;
  capacity: number;
  demand: number;
  overAllocated: boolean;
  positions: { positionId: string; capacity: number; assigned: number; overAllocated: boolean }[];
}

/** Capacity against demand per month; a position assigned more than it has is over-allocated. */
export function capacityReport(input: {
  months: readonly string[];
  positionIds: readonly string[];
  periods: readonly PositionPeriod[];
  assignments: readonly Assignment[];
}): MonthCapacity[] {
  return input.months.map((month) => {
    const positions = input.positionIds.map((positionId) => {
      const capacity = capacityInMonth(
        input.periods.filter((p) => p.positionId === positionId),
        month,
      );
      const assigned = input.assignments
        .filter((a) => a.positionId === positionId && a.month === month)
        .reduce((sum, a) => sum + toHundredths(a.fte), 0);
      return { positionId, capacity, assigned, overAllocated: assigned > capacity };
    });
    const capacity = positions.reduce((s, p) => s + p.capacity, 0);
    const demand = positions.reduce((s, p) => s + p.assigned, 0);
    return {
      month,
      capacity: fromHundredths(capacity),
      demand: fromHundredths(demand),
      overAllocated: positions.some((p) => p.overAllocated),
      positions: positions.map((p) => ({
        ...p,
        capacity: fromHundredths(p.capacity),
        assigned: fromHundredths(p.assigned),
      })),
    };
  });
}
