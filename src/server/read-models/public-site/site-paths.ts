import type { Messages, SiteLanguageCode } from "./locales";

/** The pages of the public site: URL slug, menu label, and where the menu shows them. */
export const sitePages = [
  { slug: "", label: "navHome", menu: "main" },
  { slug: "massnahmen", label: "navMeasures", menu: "main" },
  { slug: "geld", label: "navMoney", menu: "main" },
  { slug: "kennzahlen", label: "navIndicators", menu: "main" },
  { slug: "berichte", label: "navReports", menu: "main" },
  { slug: "daten", label: "navOpenData", menu: "footer" },
  { slug: "barrierefreiheit", label: "navAccessibility", menu: "footer" },
  { slug: "impressum", label: "navImprint", menu: "footer" },
  { slug: "datenschutz", label: "navPrivacy", menu: "footer" },
] as const satisfies readonly { slug: string; label: keyof Messages; menu: "main" | "footer" }[];

export type PageSlug = (typeof sitePages)[number]["slug"];

export const publicRoot = "/oeffentlich";

export function pagePath(lang: SiteLanguageCode, slug: PageSlug): string {
  return slug ? `${publicRoot}/${lang}/${slug}` : `${publicRoot}/${lang}`;
}

/** A published final committee report as HTML or PDF (public-site/routes.ts serves it). */
export const publicReportPath = (id: string, format: "html" | "pdf") =>
  `${publicRoot}/berichte/${id}/bericht.${format}`;

export const openDataFiles = {
  measuresCsv: `${publicRoot}/daten/massnahmen.csv`,
  measuresJson: `${publicRoot}/daten/massnahmen.json`,
  moneyCsv: `${publicRoot}/daten/geld.csv`,
  moneyJson: `${publicRoot}/daten/geld.json`,
  indicatorsCsv: `${publicRoot}/daten/kennzahlen.csv`,
  indicatorsJson: `${publicRoot}/daten/kennzahlen.json`,
  grantsCsv: `${publicRoot}/daten/zuwendungen.csv`,
  grantsJson: `${publicRoot}/daten/zuwendungen.json`,
} as const;

export const licence = {
  name: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
  id: "dl-de/by-2-0",
  url: "https://www.govdata.de/dl-de/by-2-0",
} as const;
