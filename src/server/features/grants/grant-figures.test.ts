import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantProviderList } from "../../../contract/grant-figures";
import type { Pipeline } from "../../../contract/grants";
import { formatEuro, formatEuroIn } from "../../../domain/money";
import { grantFixtures } from "../../../testing/grant-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { openDataFiles } from "../../read-models/public-site/site-paths";
import type { ReportSnapshot } from "../../renderers/reports/report-snapshot";

type Figures = { name: string; grants: number; grantedCents: number; paidCents: number }[];

/**
 * One truth across views: granted and paid per programme and per provider organisation are the
 * same in the pipeline API, the per-provider API, the committee report (draft and final, the
 * snapshot and its rendered text), the public money page and both open-data files — for one
 * county state (grants/test-fixtures.ts). Only programmes and organisations with a grant appear.
 */
describe("grant figures: one truth across API, report, public page and open data", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let fx: Awaited<ReturnType<typeof grantFixtures>>;
  let programmes: Figures;
  let providers: Figures;
  const get = async <T>(url: string) => {
    const response = await t.app.inject({ url, headers: office });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-05-15";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    fx = await grantFixtures(t, office);
    process.env.KURS_TODAY = "2024-11-20";
    programmes = (await get<Pipeline>("/api/v1/grant-pipeline")).items
      .filter((p) => p.grantedCents > 0)
      .map((p) => ({
        name: p.programmeTitle,
        // The pipeline counts submitted applications; granted ones are the report's count.
        grants: -1,
        grantedCents: p.grantedCents,
        paidCents: p.paidCents,
      }));
    providers = (await get<GrantProviderList>("/api/v1/grant-pipeline/providers")).items.map(
      (p) => ({
        name: p.partnerName,
        grants: p.grants,
        grantedCents: p.grantedCents,
        paidCents: p.paidCents,
      }),
    );
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const withoutCount = (rows: Figures) => rows.map(({ grants: _, ...r }) => r);

  it("the APIs: granted and paid per programme and per organisation, net of the reclaim", async () => {
    // The Volkshochschule's proof of use: 7.500 € of the 18.000 € paid came back.
    expect(withoutCount(programmes)).toEqual([
      { name: "Elterncafés 2024", grantedCents: 500_000, paidCents: 0 },
      { name: "Sprachkurse vor Ort 2024", grantedCents: 2_800_000, paidCents: 1_450_000 },
    ]);
    expect(providers).toEqual(
      [
        { name: fx.other.name, grants: 2, grantedCents: 1_500_000, paidCents: 400_000 },
        { name: fx.vhs.name, grants: 1, grantedCents: 1_800_000, paidCents: 1_050_000 },
      ].sort((a, b) => a.name.localeCompare(b.name, "de")),
    );
    // The provider list adds up to the programmes (the same applications, counted once).
    const sum = (rows: Figures, part: "grantedCents" | "paidCents") =>
      rows.reduce((n, r) => n + r[part], 0);
    expect(sum(providers, "grantedCents")).toBe(sum(programmes, "grantedCents"));
    expect(sum(providers, "paidCents")).toBe(sum(programmes, "paidCents"));
    // A provider account sees neither.
    const partner = await t.signIn("partner");
    const refused = await t.app.inject({
      url: "/api/v1/grant-pipeline/providers",
      headers: partner,
    });
    expect(refused.statusCode).toBe(403);
  });

  async function reportOf(publicSession: boolean) {
    const council = await get<{ committees: { id: string }[] }>("/api/v1/council");
    const draft = await t.app.inject({
      method: "POST",
      url: "/api/v1/report-drafts",
      headers: office,
      payload: {
        committeeId: council.committees[0]?.id,
        periodFrom: "2024-07-01",
        periodTo: "2024-12-31",
        title: `Bericht ${publicSession ? "öffentlich" : "nichtöffentlich"}`,
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json<{ id: string }>().id;
    if (publicSession) {
      const set = await t.app.inject({
        method: "PUT",
        url: `/api/v1/report-drafts/${id}`,
        headers: office,
        payload: { publicSession: true },
      });
      expect(set.statusCode, set.body).toBe(200);
    }
    return id;
  }

  it("the report's snapshot and its text (draft, and frozen for a public session)", async () => {
    const draftId = await reportOf(false);
    const preview = await get<{ snapshot: ReportSnapshot; html: string }>(
      `/api/v1/report-drafts/${draftId}`,
    );
    const grants = preview.snapshot.grants;
    expect(grants?.programmes.map((p) => ({ ...p, name: p.title, title: undefined }))).toEqual(
      programmes.map((p) => ({
        ...p,
        title: undefined,
        grants: p.name === "Sprachkurse vor Ort 2024" ? 2 : 1,
      })),
    );
    expect(grants?.providers).toEqual(providers);
    // The rendered text shows the domain's euro format.
    for (const row of [...programmes, ...providers])
      expect(preview.html).toContain(
        `${formatEuro(row.grantedCents)}</td><td class="num">${formatEuro(row.paidCents)}`,
      );

    const publicId = await reportOf(true);
    const final = await t.app.inject({
      method: "POST",
      url: `/api/v1/report-drafts/${publicId}/finalise`,
      headers: office,
      payload: {},
    });
    expect(final.statusCode, final.body).toBe(201);
    const frozen = await get<{ snapshot: ReportSnapshot }>(
      `/api/v1/committee-reports/${final.json<{ id: string }>().id}`,
    );
    expect(frozen.snapshot.grants).toEqual(grants);
  });

  /** The rows of one table on the public money page: name, count, granted, paid as shown. */
  async function publicTable(id: string) {
    const body = (await t.app.inject({ url: "/oeffentlich/de/geld" })).body;
    const table = body.slice(body.indexOf(`<caption id="${id}">`));
    const rows = table.slice(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
    return [
      ...rows.matchAll(
        /<th scope="row" lang="de">([^<]+)<\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td>/g,
      ),
    ].map((r) => r.slice(1, 5));
  }
  const shown = (rows: Figures) =>
    rows.map((r) => [
      r.name,
      r.grants < 0 ? expect.any(String) : String(r.grants),
      formatEuroIn(r.grantedCents, "de-DE"),
      formatEuroIn(r.paidCents, "de-DE"),
    ]);

  it("the public money page shows the same figures in the reader's money format", async () => {
    expect(await publicTable("zuwendungen-aufrufe")).toEqual(shown(programmes));
    expect(await publicTable("zuwendungen-traeger")).toEqual(shown(providers));
    const english = (await t.app.inject({ url: "/oeffentlich/en/geld" })).body;
    expect(english).toContain("Grants to providers");
    expect(english).toContain(formatEuroIn(providers[0]?.grantedCents ?? 0, "en-GB"));
  });

  it("the open-data files carry the same cents; no application, no person", async () => {
    const json = JSON.parse((await t.app.inject({ url: openDataFiles.grantsJson })).body) as {
      daten: { art: string; name: string; bewilligtCent: number; ausgezahltCent: number }[];
    };
    const rows = (art: string) =>
      json.daten
        .filter((d) => d.art === art)
        .map((d) => ({ name: d.name, grantedCents: d.bewilligtCent, paidCents: d.ausgezahltCent }));
    expect(rows("foerderaufruf")).toEqual(withoutCount(programmes));
    expect(rows("traeger")).toEqual(withoutCount(providers));
    const csv = (await t.app.inject({ url: openDataFiles.grantsCsv })).body;
    for (const r of providers)
      expect(csv).toContain(`;${r.name};${r.grants};${r.grantedCents};${r.paidCents}`);
    for (const title of ["Sprachkurs A1 für Eltern", "Elterncafé Zeven"]) {
      expect(csv).not.toContain(title);
      expect(JSON.stringify(json)).not.toContain(title);
    }
  });
});
