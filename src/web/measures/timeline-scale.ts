/**
 * The horizontal scale of the measure timeline: whole calendar years from the first start to the
 * last end, mapped onto 0…width. Pure, so the bars' x/width can be tested without a browser.
 */
export interface TimelineScale {
  from: string;
  to: string;
  width: number;
  x(date: string): number;
  years: { year: number; x: number }[];
}

const dayMs = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function timelineScale(from: string, to: string, width = 100): TimelineScale {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const start = ms(`${first}-01-01`);
  const end = ms(`${last + 1}-01-01`);
  const x = (date: string) =>
    Math.round(((Math.min(Math.max(ms(date), start), end) - start) / (end - start)) * width * 100) /
    100;
  const years = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    x: x(`${first + i}-01-01`),
  }));
  return { from: `${first}-01-01`, to: `${last}-12-31`, width, x, years };
}

/** The bar of one measure: open ends reach the edge of the scale; null without any date. */
export function barOf(
  scale: TimelineScale,
  startOn: string | null,
  endOn: string | null,
): { x: number; width: number; openStart: boolean; openEnd: boolean } | null {
  if (!startOn && !endOn) return null;
  const x0 = startOn ? scale.x(startOn) : 0;
  // The end day counts in full.
  const x1 = endOn ? scale.x(new Date(ms(endOn) + dayMs).toISOString().slice(0, 10)) : scale.width;
  return {
    x: x0,
    width: Math.max(scale.width / 500, Math.round((x1 - x0) * 100) / 100),
    openStart: !startOn,
    openEnd: !endOn,
  };
}
