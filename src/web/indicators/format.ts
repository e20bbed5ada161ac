import type { IndicatorUnit } from "../../domain/indicator";

/** A figure with its unit, e.g. "1.234", "12,5 %", "1.000 €", "30 Tage"; "–" when unknown. */
export function formatFigure(
  value: number | null,
  unit: IndicatorUnit,
  language: "de" | "en",
): string {
  if (value === null) return "–";
  const n = new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(value);
  if (unit === "percent") return `${n} %`;
  if (unit === "euro") return `${n} €`;
  if (unit === "days") return language === "de" ? `${n} Tage` : `${n} days`;
  return n;
}
