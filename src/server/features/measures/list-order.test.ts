import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureList, MeasureOptions, MeasureSummary } from "../../../contract/measures";
import { builtInCommittee, concept, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * The list is sorted and paged in the database: its order must be the German order of titles
 * (as Intl.Collator("de") has it: Ä with A, Ö with O, case second), each sort key must give
 * the order its definition says (dates with measures without one last, latest update with
 * "none yet" first), descending must be the exact reverse, and pages must join up.
 */
describe("measure list order (sorted and paged in SQL)", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  const german = new Intl.Collator("de");
  const titles = [
    "Ärztliche Sprechstunde",
    "Apfelgarten",
    "apfelbaum",
    "Zebrastreifen-Kurs",
    "Öffentlicher Treff",
    "Obstwiese",
    "Übergang Schule–Beruf",
    "Uhrzeit lernen",
    "Straße frei",
    "Strasse zwei",
    "10 Wege",
    "2 Brücken",
  ];

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-06-30";
    t = await createTestApp({ seeded: false });
    // An adopted concept, so that measures can be linked to a recommendation.
    const council = await builtInCommittee(scopeOf(t));
    await concept(scopeOf(t), { committeeId: council.id });
    editor = await t.signIn("coordinator");
    const options: MeasureOptions = (
      await t.app.inject({ url: "/api/v1/measures/options", headers: editor })
    ).json();
    const rec = options.actionFields[0]?.goals[0]?.recommendations[0]?.id ?? "";
    for (const [i, title] of titles.entries()) {
      const created = await t.app.inject({
        method: "POST",
        url: "/api/v1/measures",
        headers: editor,
        payload: {
          title,
          measureTypeId: options.measureTypes[0]?.id,
          recommendationIds: [rec],
          // Some with dates, some without; two share a start date (then the title decides).
          ...(i % 3 ? { startOn: `2025-0${1 + (i % 4)}-01` } : {}),
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<{ id: string }>().id;
      // Some with a progress update (two on the same day, then the title decides), some without.
      if (i % 4) {
        const update = await t.app.inject({
          method: "POST",
          url: `/api/v1/measures/${id}/progress`,
          headers: editor,
          payload: { reportedOn: `2025-05-1${i % 3}`, trafficLight: "green", text: "Sachstand" },
        });
        expect(update.statusCode, update.body).toBe(201);
      }
      // Several statuses, each on more than one measure.
      const status = (["planned", "inProgress", "paused", "dropped"] as const)[i % 4];
      if (status !== "planned") {
        const changed = await t.app.inject({
          method: "POST",
          url: `/api/v1/measures/${id}/status`,
          headers: editor,
          payload: { status, changedOn: "2025-06-30", reason: "Stand Juni" },
        });
        expect(changed.statusCode, changed.body).toBe(200);
      }
    }
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const all = async (query: string): Promise<MeasureSummary[]> => {
    const items: MeasureSummary[] = [];
    for (let page = 1; ; page++) {
      const list = (
        await t.app.inject({
          url: `/api/v1/measures?pageSize=5&page=${page}&${query}`,
          headers: editor,
        })
      ).json<MeasureList>();
      items.push(...list.items);
      if (items.length >= list.total || list.items.length === 0) {
        expect(items.length).toBe(list.total);
        return items;
      }
    }
  };
  const byTitle = (a: MeasureSummary, b: MeasureSummary) =>
    german.compare(a.title, b.title) || (a.id < b.id ? -1 : 1);

  it("titles in German order across pages, and descending is the exact reverse", async () => {
    const asc = await all("sort=title");
    expect(asc.map((m) => m.title)).toEqual([...asc].sort(byTitle).map((m) => m.title));
    const mine = asc.filter((m) => titles.includes(m.title)).map((m) => m.title);
    expect(mine.indexOf("Ärztliche Sprechstunde")).toBeLessThan(mine.indexOf("Obstwiese"));
    expect(mine.indexOf("Öffentlicher Treff")).toBeLessThan(mine.indexOf("Straße frei"));
    expect(mine.indexOf("Obstwiese")).toBeLessThan(mine.indexOf("Öffentlicher Treff"));
    const desc = await all("sort=title&order=desc");
    expect(desc.map((m) => m.id)).toEqual([...asc].reverse().map((m) => m.id));
  });

  it("start dates: earliest first, measures without one last, ties by title", async () => {
    const asc = await all("sort=startOn");
    const expected = [...asc].sort(
      (a, b) => (a.startOn ?? "9999").localeCompare(b.startOn ?? "9999") || byTitle(a, b),
    );
    expect(asc.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(asc.some((m) => m.startOn === null)).toBe(true);
    const desc = await all("sort=startOn&order=desc");
    expect(desc.map((m) => m.id)).toEqual([...asc].reverse().map((m) => m.id));
  });

  it("latest update: none yet first; status: by its value, then title", async () => {
    const latest = await all("sort=latestUpdate");
    expect(latest.map((m) => m.id)).toEqual(
      [...latest]
        .sort(
          (a, b) => (a.latestUpdateOn ?? "").localeCompare(b.latestUpdateOn ?? "") || byTitle(a, b),
        )
        .map((m) => m.id),
    );
    expect(latest[0]?.latestUpdateOn).toBeNull();
    const status = await all("sort=status");
    expect(status.map((m) => m.id)).toEqual(
      [...status]
        .sort((a, b) => a.status.localeCompare(b.status) || byTitle(a, b))
        .map((m) => m.id),
    );
  });

  it("a page past the end is empty and still tells the total", async () => {
    const list = (
      await t.app.inject({ url: "/api/v1/measures?pageSize=5&page=99", headers: editor })
    ).json<MeasureList>();
    expect(list.items).toEqual([]);
    expect(list.total).toBe(titles.length);
  });
});
