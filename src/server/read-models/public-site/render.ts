import type { TenantDb } from "../../platform/db/tenant-scope";
import {
  indicatorsPage,
  measuresPage,
  moneyPage,
  openDataPage,
  reportsPage,
  startPage,
} from "./content-pages";
import type { HtmlPart } from "./html";
import { layout } from "./layout";
import { accessibilityPage, imprintPage, privacyPage } from "./legal-pages";
import { type SiteLanguage, say } from "./locales";
import * as openData from "./open-data";
import { publishedIndicators, publishedReports } from "./providers";
import { readPublicData } from "./service";
import type { PageSlug } from "./site-paths";

/** One public page as a complete HTML document. */
export async function renderPage(
  scope: TenantDb,
  lang: SiteLanguage,
  slug: PageSlug,
  today: string,
): Promise<string> {
  const data = await readPublicData(scope, today);
  const m = lang.messages;
  const ctx = { lang, data };
  const pages: Record<PageSlug, () => Promise<[string, HtmlPart]>> = {
    "": async () => [say(m, "siteTitle", { tenant: data.tenantName }), startPage(ctx)],
    massnahmen: async () => [m.measuresHeading, measuresPage(ctx)],
    geld: async () => [m.moneyHeading, moneyPage(ctx)],
    kennzahlen: async () => [
      m.indicatorsHeading,
      indicatorsPage(ctx, await publishedIndicators(scope)),
    ],
    berichte: async () => [m.reportsHeading, reportsPage(ctx, await publishedReports(scope))],
    daten: async () => [m.openDataHeading, openDataPage(ctx)],
    barrierefreiheit: async () => [
      m.accessibilityHeading,
      accessibilityPage(lang, data.legal.accessibility),
    ],
    impressum: async () => [m.imprintHeading, imprintPage(lang, data.legal.imprint)],
    datenschutz: async () => [m.privacyHeading, privacyPage(lang, data.legal.privacy)],
  };
  const [heading, body] = await pages[slug]();
  return layout({ lang, slug, tenantName: data.tenantName, heading, body }).value;
}

export const openDataFileNames = [
  "massnahmen.csv",
  "massnahmen.json",
  "geld.csv",
  "geld.json",
  "kennzahlen.csv",
  "kennzahlen.json",
  "zuwendungen.csv",
  "zuwendungen.json",
] as const;
export type OpenDataFile = (typeof openDataFileNames)[number];

/** An open-data file's body and content type. */
export async function renderOpenData(
  scope: TenantDb,
  file: OpenDataFile,
  today: string,
): Promise<{ body: string; type: string }> {
  const data = await readPublicData(scope, today);
  switch (file) {
    case "massnahmen.csv":
      return { body: openData.measuresCsv(data), type: "text/csv; charset=utf-8" };
    case "geld.csv":
      return { body: openData.moneyCsv(data), type: "text/csv; charset=utf-8" };
    case "massnahmen.json":
      return {
        body: openData.openDataJson(data, openData.measuresOpenData(data)),
        type: "application/json; charset=utf-8",
      };
    case "geld.json":
      return {
        body: openData.openDataJson(data, openData.moneyOpenData(data)),
        type: "application/json; charset=utf-8",
      };
    case "zuwendungen.csv":
      return { body: openData.grantsCsv(data), type: "text/csv; charset=utf-8" };
    case "zuwendungen.json":
      return {
        body: openData.openDataJson(data, openData.grantsOpenData(data)),
        type: "application/json; charset=utf-8",
      };
    case "kennzahlen.csv":
      return {
        body: openData.indicatorsCsv(data, await publishedIndicators(scope)),
        type: "text/csv; charset=utf-8",
      };
    case "kennzahlen.json":
      return {
        body: openData.openDataJson(
          data,
          openData.indicatorsOpenData(data, await publishedIndicators(scope)),
        ),
        type: "application/json; charset=utf-8",
      };
  }
}
