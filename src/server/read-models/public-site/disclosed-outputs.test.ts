import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Indicator } from "../../../contract/indicators";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import type { IndicatorSection, ReportSnapshot } from "../../renderers/reports/report-snapshot";
import { openDataFiles } from "./site-paths";

/**
 * One disclosure rule for every output (`domain/indicator-disclosure.ts`): the public indicators
 * page, the open-data file and a committee report for a public session show the same published
 * value for every period, and the report's figure only when none of its periods is withheld.
 * The small counts: 2024 Q1 = 5, Q2 = 1, Q3 = 4 (Q2 below 3, and a second quarter with it, so the
 * year total cannot give Q2 back); 2025 Q1 = 7, Q2 = 9 (nothing withheld).
 */

const entered: Record<string, number> = {
  "2024-Q1": 5,
  "2024-Q2": 1,
  "2024-Q3": 4,
  "2025-Q1": 7,
  "2025-Q2": 9,
};
const name = "Beratungen Geheimhaltung";

type Published = Map<string, number | null>;

describe("the public page, open data and the public-session report disclose alike", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let indicatorId: string;

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-07-15";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/indicators",
      headers: editor,
      payload: {
        key: "beratungen-geheim",
        name,
        unit: "count",
        direction: "higherIsBetter",
        periodicity: "quarter",
        aggregation: "sum",
        publishable: true,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    indicatorId = created.json<Indicator>().id;
    for (const [period, value] of Object.entries(entered)) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/v1/indicators/${indicatorId}/values`,
        headers: editor,
        payload: { period, value },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const values = (
      await t.app.inject({ url: `/api/v1/indicators/${indicatorId}`, headers: editor })
    ).json<Indicator>().values;
    const approved = await t.app.inject({
      method: "POST",
      url: `/api/v1/indicators/${indicatorId}/values/approve`,
      headers: editor,
      payload: { valueIds: values.map((v) => v.id) },
    });
    expect(approved.statusCode, approved.body).toBe(200);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  /** The periods and values in the indicator's table on /oeffentlich/de/kennzahlen. */
  async function publicPage(): Promise<Published> {
    const body = (await t.app.inject({ url: "/oeffentlich/de/kennzahlen" })).body;
    const section = body.slice(body.indexOf(`id="k-${indicatorId}"`));
    const table = section.slice(0, section.indexOf("</table>"));
    const rows = [
      ...table.matchAll(/<th scope="row">([^<]+)<\/th><td>([^<]*)(<span class="withheld">)?/g),
    ];
    return new Map(
      rows.map((r) => [r[1] ?? "", r[3] ? null : Number((r[2] ?? "").replaceAll(".", ""))]),
    );
  }

  async function openData(): Promise<Published> {
    const json = JSON.parse((await t.app.inject({ url: openDataFiles.indicatorsJson })).body) as {
      daten: { id: string; werte: { zeitraum: string; wert: number | null }[] }[];
    };
    const mine = json.daten.find((i) => i.id === indicatorId);
    return new Map((mine?.werte ?? []).map((w) => [w.zeitraum, w.wert]));
  }

  async function publicReport(periodFrom: string, periodTo: string) {
    const council = (await t.app.inject({ url: "/api/v1/council", headers: editor })).json<{
      committees: { id: string }[];
    }>();
    const draft = await t.app.inject({
      method: "POST",
      url: "/api/v1/report-drafts",
      headers: editor,
      payload: {
        committeeId: council.committees[0]?.id,
        periodFrom,
        periodTo,
        title: `Bericht ${periodFrom}`,
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json<{ id: string }>().id;
    const set = await t.app.inject({
      method: "PUT",
      url: `/api/v1/report-drafts/${id}`,
      headers: editor,
      payload: { publicSession: true },
    });
    expect(set.statusCode, set.body).toBe(200);
    const final = await t.app.inject({
      method: "POST",
      url: `/api/v1/report-drafts/${id}/finalise`,
      headers: editor,
      payload: {},
    });
    expect(final.statusCode, final.body).toBe(201);
    const report = await t.app.inject({
      url: `/api/v1/committee-reports/${final.json<{ id: string }>().id}`,
      headers: editor,
    });
    const snapshot = report.json<{ snapshot: ReportSnapshot }>().snapshot;
    const section = snapshot.indicators as IndicatorSection;
    if (section.status !== "data") throw new Error("no indicators in the report");
    const item = section.items.find((i) => i.name === name);
    if (!item) throw new Error("the indicator is missing in the report");
    return item;
  }

  it("withholds Q2 2024 and a second quarter of 2024; 2025 is published in full", async () => {
    const page = await publicPage();
    expect([...page.keys()]).toEqual(Object.keys(entered));
    expect(page.get("2024-Q2")).toBeNull();
    expect([...page.values()].filter((v) => v === null)).toHaveLength(2);
    expect(page.get("2025-Q1")).toBe(7);
    expect(page.get("2025-Q2")).toBe(9);
    for (const [period, value] of page) if (value !== null) expect(value).toBe(entered[period]);
  });

  it("the open-data file publishes exactly what the page shows", async () => {
    expect(await openData()).toEqual(await publicPage());
  });

  it("the report's chart shows the page's values; its figure only where no period is withheld", async () => {
    const page = await publicPage();
    const report2025 = await publicReport("2025-01-01", "2025-06-30");
    for (const point of report2025.chart?.series ?? [])
      expect(point.value, point.period).toBe(page.get(point.period));
    expect(report2025.chart?.series.map((p) => p.period)).toEqual(Object.keys(entered));
    expect(report2025.value).toBe(16);

    const report2024 = await publicReport("2024-01-01", "2024-12-31");
    for (const point of report2024.chart?.series ?? [])
      expect(point.value, point.period).toBe(page.get(point.period));
    // 5 + 1 + 4 = 10 would give Q2 back from the published quarters.
    expect(report2024.value).toBeNull();
  });
});
