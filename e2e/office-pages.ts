import type { Page } from "@playwright/test";

/**
 * The office's pages the sweeps open (axe and reflow, e2e/pages/sweep.ts): signed out in German
 * and English (accessibility.spec.ts) and for every role (reflow-*.spec.ts). One path a line; a new
 * page goes into the list of the people who may open it.
 */
export const officePages = [
  "/",
  "/konzept",
  "/massnahmen",
  "/massnahmen/zeitleiste",
  "/massnahmen/gemeinden",
  "/partner",
  "/kapazitaet",
  "/haushalt",
  "/kennzahlen",
  "/gremien",
  "/gremien/beschluesse",
  "/berichte",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/konto",
  "/aufgaben",
];

/** Only the coordinator's (and admin's) forms and tools. */
export const editorPages = [
  "/massnahmen/neu",
  "/partner/neu",
  "/kennzahlen/verwalten",
  "/kennzahlen/neu",
  "/kennzahlen/erfassungslinks",
  "/kennzahlen/import",
  "/zuwendungen/programme",
  "/zuwendungen/programme/neu",
];

/** Only the admin's (signed in with the second factor). */
export const adminPages = ["/konten", "/protokoll"];

/** Detail pages: the first measure, fund, indicator and paper the lists link to, every committee and meeting. */
export async function detailPages(page: Page): Promise<string[]> {
  const get = async <T>(path: string) => (await (await page.request.get(path)).json()) as T;
  const measures = await get<{ items: { id: string }[] }>("/api/v1/measures?pageSize=1");
  const funds = await get<{ items: { id: string }[] }>("/api/v1/funds");
  const indicators = await get<{ items: { id: string }[] }>("/api/v1/indicators");
  const council = await get<{
    papers: { id: string }[];
    committees: { id: string }[];
    meetings: { id: string }[];
  }>("/api/v1/council");
  return [
    measures.items[0] && `/massnahmen/${measures.items[0].id}`,
    funds.items[0] && `/haushalt/${funds.items[0].id}`,
    indicators.items[0] && `/kennzahlen/${indicators.items[0].id}`,
    council.papers[0] && `/gremien/vorlagen/${council.papers[0].id}`,
    ...council.committees.map((c) => `/gremien/gremium/${c.id}`),
    ...council.meetings.map((m) => `/gremien/sitzungen/${m.id}`),
  ].filter((p): p is string => Boolean(p));
}
