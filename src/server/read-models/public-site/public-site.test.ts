import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Indicator } from "../../../contract/indicators";
import type { Measure, MeasureOptions } from "../../../contract/measures";
import {
  builtInCommittee,
  concept,
  fund as grantFund,
  municipality,
  scopeOf,
} from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { siteLanguages } from "./locales";
import { openDataFiles, pagePath, sitePages } from "./site-paths";

/** Strings that exist only in internal fields: none may appear in any public response. */
const secrets = {
  note: "GEHEIMNOTIZ-7f3a",
  person: "GEHEIMPERSON-91c2",
  unit: "GEHEIMREFERAT-2d4e",
  milestone: "GEHEIMMEILENSTEIN-c0de",
  progress: "GEHEIMFORTSCHRITT-aa11",
  unpublishedTitle: "GEHEIMUNVEROEFFENTLICHT-5b1d",
  unpublishedDescription: "GEHEIMENTWURF-66e0",
  unpublishedTranslation: "GEHEIMUEBERSETZUNG-0b0b",
  bookingNote: "GEHEIMBUCHUNG-3c3c",
  bookingDocument: "GEHEIMBELEG-4d4d",
  partnerContact: "GEHEIMKONTAKT-8e8e",
  unpublishableIndicator: "GEHEIMKENNZAHL-1a2b",
  unpublishableSource: "GEHEIMKENNZAHLQUELLE-5e6f",
  draftValueSource: "GEHEIMWERTQUELLE-3c4d",
  proposalIndicator: "GEHEIMVORSCHLAG-9d8c",
};
/** The internal basis of a focus without a recorded resolution: not on the site's pages. */
const focusBasis = "GEHEIMSCHWERPUNKT-77aa";
/** A draft value (never approved) and an approved value of a proposal: neither may leave the office. */
const draftNumbers = ["734251", "734.251", "734,251", "864209", "864.209", "864,209"];

describe("public site /oeffentlich", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  let userNames: string[];
  let published: Measure;
  const responses: { url: string; body: string }[] = [];

  const allUrls = () => [
    ...siteLanguages.flatMap((l) => sitePages.map((p) => pagePath(l.code, p.slug))),
    ...Object.values(openDataFiles),
    "/oeffentlich/public.css",
  ];

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-06-30";
    t = await createTestApp({ seeded: false });
    // The county: a council that adopted a concept with the language field as its focus, a town,
    // and (below) the 2024 money for language courses.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    const adopted = await concept(scope, {
      committeeId: council.id,
      decidedOn: "2023-03-15",
      fields: [{ title: "Ausbildung und Arbeit" }, { title: "Sprache und Bildung" }],
      focus: "Sprache und Bildung",
    });
    const language = adopted.actionFields.find((f) => f.title === "Sprache und Bildung");
    if (!language) throw new Error("concept without the language field");
    // A focus whose resolution is not recorded (a county's first focus often predates Kurs): its
    // basis is an internal note for the office only.
    await t.database.query("update focus set resolution_id = null, basis = $1", [focusBasis]);
    await municipality(scope, { name: "Zeven" });
    editor = await t.signIn("coordinator");
    admin = await t.signIn("admin");
    await t.database.query("update app_user set display_name = 'GEHEIMNAME-' || left(id::text, 8)");
    userNames = (
      await t.database.query<{ email: string; display_name: string }>(
        "select email, display_name from app_user",
      )
    ).flatMap((r) => [r.email, r.display_name]);
    expect(userNames.length).toBeGreaterThanOrEqual(4);
    const options = (
      await t.app.inject({ url: "/api/v1/measures/options", headers: editor })
    ).json<MeasureOptions>();
    const languageCourse = options.measureTypes.find((m) => m.key === "languageCourse")?.id;
    const fund = await grantFund(scope, {
      committeeId: council.id,
      name: "Mittel für Sprachkurse 2024",
      fiscalYear: 2024,
      estimateCents: 100_000_000,
      decidedOn: "2024-01-01",
      purpose: [
        {
          kind: "measureType",
          measureTypeId: languageCourse,
          actionFieldLineageId: language.lineageId,
          note: "Für Sprachkurse zur Verfügung gestellt.",
        },
      ],
    });
    const rec = options.actionFields
      .find((f) => f.title === "Sprache und Bildung")
      ?.goals.flatMap((g) => g.recommendations)[0]?.id;
    const partner = await t.app.inject({
      method: "POST",
      url: "/api/v1/partners",
      headers: editor,
      payload: {
        name: "Bildungswerk Öffentlich",
        kind: "adultEducation",
        contactName: secrets.partnerContact,
      },
    });
    const base = {
      measureTypeId: languageCourse,
      recommendationIds: [rec],
      responsiblePerson: secrets.person,
      responsibleUnit: secrets.unit,
      internalNote: secrets.note,
      milestones: [{ title: secrets.milestone, dueOn: "2025-09-01" }],
      partnerIds: [partner.json().id],
      plannedCents: 98_765_432,
    };
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      headers: editor,
      payload: {
        ...base,
        title: "Sprachcafé <b>für</b> Eltern",
        description: "Treffen zum Deutschlernen mit Kinderbetreuung.",
        municipalityIds: [options.municipalities[0]?.id],
        isPublic: true,
        translations: [{ lang: "uk", title: "Мовне кафе для батьків", description: "Зустрічі." }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    published = created.json<Measure>();
    const hidden = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      headers: editor,
      payload: {
        ...base,
        title: secrets.unpublishedTitle,
        description: secrets.unpublishedDescription,
        translations: [{ lang: "en", title: secrets.unpublishedTranslation }],
      },
    });
    expect(hidden.statusCode, hidden.body).toBe(201);
    const progress = await t.app.inject({
      method: "POST",
      url: `/api/v1/measures/${published.id}/progress`,
      headers: editor,
      payload: { reportedOn: "2025-06-01", trafficLight: "green", text: secrets.progress },
    });
    expect(progress.statusCode, progress.body).toBe(201);
    // Booked while the fiscal year was open; the site is read in 2025.
    process.env.KURS_TODAY = "2024-11-15";
    const booking = await t.app.inject({
      method: "POST",
      url: `/api/v1/funds/${fund.id}/bookings`,
      headers: { ...editor, "idempotency-key": "public-site-1" },
      payload: {
        kind: "commitment",
        measureId: published.id,
        amountCents: 50_000,
        date: `${fund.fiscalYear}-04-02`,
        note: secrets.bookingNote,
        documentReference: secrets.bookingDocument,
      },
    });
    process.env.KURS_TODAY = "2025-06-30";
    expect(booking.statusCode, booking.body).toBe(201);

    // Indicators: one publishable with approved values (one below the threshold) and a draft,
    // one not publishable at all.
    const indicator = async (payload: Record<string, unknown>) => {
      const created = await t.app.inject({
        method: "POST",
        url: "/api/v1/indicators",
        headers: editor,
        payload: {
          unit: "count",
          direction: "higherIsBetter",
          periodicity: "year",
          aggregation: "sum",
          ...payload,
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      return created.json<Indicator>().id;
    };
    const enter = async (id: string, payload: Record<string, unknown>, approve: boolean) => {
      const entered = await t.app.inject({
        method: "POST",
        url: `/api/v1/indicators/${id}/values`,
        headers: editor,
        payload,
      });
      expect(entered.statusCode, entered.body).toBe(201);
      const valueId = entered.json<Indicator>().values.find((v) => v.period === payload.period)?.id;
      if (approve) {
        const approved = await t.app.inject({
          method: "POST",
          url: `/api/v1/indicators/${id}/values/approve`,
          headers: editor,
          payload: { valueIds: [valueId] },
        });
        expect(approved.statusCode, approved.body).toBe(200);
      }
    };
    const open = await indicator({
      key: "public-courses",
      name: "Abschlüsse Sprachkurs öffentlich",
      publishable: true,
      source: "Volkshochschule",
    });
    await enter(open, { period: "2023", value: 2 }, true);
    await enter(open, { period: "2024", value: 4321 }, true);
    await enter(open, { period: "2025", value: 734251, source: secrets.draftValueSource }, false);
    const closed = await indicator({
      key: "internal-only",
      name: secrets.unpublishableIndicator,
      source: secrets.unpublishableSource,
      publishable: false,
    });
    await enter(closed, { period: "2024", value: 999 }, true);
    // A proposal of the catalogue, marked publishable, with an approved value: not adopted, so
    // not published.
    const proposal = await indicator({
      key: "public-proposal",
      name: secrets.proposalIndicator,
      publishable: true,
      isProposal: true,
    });
    await enter(proposal, { period: "2024", value: 864209 }, true);

    for (const url of allUrls()) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["set-cookie"], url).toBeUndefined();
      responses.push({ url, body: response.body });
    }
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("shows no internal field, unpublished measure or user name in any page or open-data file", () => {
    expect(responses.length).toBe(
      siteLanguages.length * sitePages.length + Object.values(openDataFiles).length + 1,
    );
    const forbidden = [
      ...Object.values(secrets),
      ...userNames,
      ...draftNumbers,
      "98765432",
      "987.654,32",
      // The internal note on the focus (no resolution recorded) is for the office only.
      focusBasis,
    ];
    for (const { url, body } of responses)
      for (const secret of forbidden)
        expect(body.includes(secret), `${secret} in ${url}`).toBe(false);
  });

  it("shows the published measure, escaped, in every language; translated where a translation exists", () => {
    const page = (lang: string) =>
      responses.find((r) => r.url === `/oeffentlich/${lang}/massnahmen`)?.body ?? "";
    expect(page("de")).toContain("Sprachcafé &lt;b&gt;für&lt;/b&gt; Eltern");
    expect(page("de")).not.toContain("<b>für</b>");
    expect(page("uk")).toContain("Мовне кафе для батьків");
    expect(page("uk")).not.toContain("Sprachcafé");
    // Turkish has no translation: the German text with a plain note.
    expect(page("tr")).toContain('lang="de">Sprachcafé &lt;b&gt;');
    expect(page("tr")).toContain("Bu metin henüz sizin dilinizde yok");
    const json = JSON.parse(responses.find((r) => r.url.endsWith("massnahmen.json"))?.body ?? "{}");
    expect(json.lizenz.id).toBe("dl-de/by-2-0");
    expect(json.daten.map((m: { id: string }) => m.id)).toEqual([published.id]);
  });

  it("publishes approved values of publishable indicators only; a small count is withheld", () => {
    const page = responses.find((r) => r.url === "/oeffentlich/de/kennzahlen")?.body ?? "";
    expect(page).toContain("Abschlüsse Sprachkurs öffentlich");
    expect(page).toMatch(/<th scope="row">2024<\/th><td>4\.321/);
    expect(page).toMatch(/<th scope="row">2023<\/th><td><span class="withheld">geheim/);
    expect(page).not.toMatch(/<th scope="row">2025<\/th>/);
    const en = responses.find((r) => r.url === "/oeffentlich/en/kennzahlen")?.body ?? "";
    expect(en).toContain("withheld (too few cases)");
  });

  it("offers the published indicators as open data: approved values, publishable and adopted only, small counts withheld", () => {
    const body = (url: string) => responses.find((r) => r.url === url)?.body ?? "";
    const json = JSON.parse(body(openDataFiles.indicatorsJson));
    expect(json.lizenz.id).toBe("dl-de/by-2-0");
    expect(json.daten.map((i: { schluessel: string }) => i.schluessel)).toEqual(["public-courses"]);
    expect(json.daten[0].quelle).toBe("Volkshochschule");
    expect(json.daten[0].werte).toEqual([
      { zeitraum: "2023", wert: null, zurueckgehalten: true },
      { zeitraum: "2024", wert: 4321, zurueckgehalten: false },
    ]);
    const rows = body(openDataFiles.indicatorsCsv)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((line) => line.split(";"));
    const [header, ...data] = rows;
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(data.map((r) => [r[col("schluessel")], r[col("zeitraum")], r[col("wert")]])).toEqual([
      ["public-courses", "2023", ""],
      ["public-courses", "2024", "4321"],
    ]);
    expect(data.map((r) => r[col("zurueckgehalten")])).toEqual(["ja", "nein"]);
    // No count below the threshold (3) in either file.
    for (const r of data) expect(r[col("wert")] === "" || Number(r[col("wert")]) >= 3).toBe(true);
    for (const w of json.daten.flatMap((i: { werte: { wert: number | null }[] }) => i.werte))
      expect(w.wert === null || w.wert >= 3).toBe(true);
    const daten = body("/oeffentlich/de/daten");
    expect(daten).toContain(`href="${openDataFiles.indicatorsCsv}"`);
    expect(daten).toContain(`href="${openDataFiles.indicatorsJson}"`);
    expect(body("/oeffentlich/de/kennzahlen")).toContain(`href="${openDataFiles.indicatorsCsv}"`);
  });

  it("publishes a final report of a public session as HTML and PDF without login; others not", async () => {
    const council = (await t.app.inject({ url: "/api/v1/council", headers: editor })).json<{
      committees: { id: string }[];
    }>();
    const committeeId = council.committees[0]?.id;
    const finalise = async (title: string, publicSession: boolean) => {
      const draft = await t.app.inject({
        method: "POST",
        url: "/api/v1/report-drafts",
        headers: editor,
        payload: { committeeId, periodFrom: "2025-01-01", periodTo: "2025-06-30", title },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const id = draft.json<{ id: string }>().id;
      await t.app.inject({
        method: "PUT",
        url: `/api/v1/report-drafts/${id}`,
        headers: editor,
        payload: { publicSession },
      });
      const final = await t.app.inject({
        method: "POST",
        url: `/api/v1/report-drafts/${id}/finalise`,
        headers: editor,
        payload: {},
      });
      expect(final.statusCode, final.body).toBe(201);
      return final.json<{ id: string }>().id;
    };
    const publicId = await finalise("Sachstandsbericht öffentliche Sitzung", true);
    const closedId = await finalise("GEHEIMBERICHT-nichtoeffentlich", false);
    const page = (await t.app.inject({ url: "/oeffentlich/de/berichte" })).body;
    expect(page).toContain("Sachstandsbericht öffentliche Sitzung");
    expect(page).not.toContain("GEHEIMBERICHT");
    const html = await t.app.inject({ url: `/oeffentlich/berichte/${publicId}/bericht.html` });
    expect(html.statusCode).toBe(200);
    expect(html.headers["set-cookie"]).toBeUndefined();
    expect(html.body).toContain("Sachstandsbericht öffentliche Sitzung");
    for (const secret of [...Object.values(secrets), ...draftNumbers])
      expect(html.body.includes(secret), secret).toBe(false);
    const pdf = await t.app.inject({ url: `/oeffentlich/berichte/${publicId}/bericht.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString("latin1")).toBe("%PDF");
    for (const url of [
      `/oeffentlich/berichte/${closedId}/bericht.html`,
      `/oeffentlich/berichte/${closedId}/bericht.pdf`,
      `/oeffentlich/berichte/${publicId}/bericht.docx`,
      "/oeffentlich/berichte/kein-bericht/bericht.html",
    ])
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
  });

  it("sets lang and dir; Arabic and Farsi read right to left", () => {
    for (const l of siteLanguages) {
      const body = responses.find((r) => r.url === `/oeffentlich/${l.code}`)?.body ?? "";
      expect(body).toContain(`<html lang="${l.code}" dir="${l.dir}">`);
    }
    expect(siteLanguages.filter((l) => l.dir === "rtl").map((l) => l.code)).toEqual(["ar", "fa"]);
  });

  it("answers a matching If-None-Match with 304 and is cacheable", async () => {
    const first = await t.app.inject({ url: "/oeffentlich/de" });
    expect(first.headers["cache-control"]).toBe("public, max-age=300");
    const etag = String(first.headers.etag);
    const again = await t.app.inject({
      url: "/oeffentlich/de",
      headers: { "if-none-match": etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const other = await t.app.inject({
      url: "/oeffentlich/en",
      headers: { "if-none-match": etag },
    });
    expect(other.statusCode).toBe(200);
  });

  it("knows only its own languages, pages and files", async () => {
    for (const url of [
      "/oeffentlich/xx",
      "/oeffentlich/de/intern",
      "/oeffentlich/daten/konten.csv",
    ])
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
    expect((await t.app.inject({ url: "/oeffentlich" })).headers.location).toBe("/oeffentlich/de");
  });

  it("lets only the admin write the legal texts; the site shows them; bad input changes nothing", async () => {
    const put = (headers: Record<string, string>, payload: Record<string, unknown>) =>
      t.app.inject({ method: "PUT", url: "/api/v1/legal/accessibility", headers, payload });
    expect((await put(editor, { body: "Versuch" })).statusCode).toBe(403);
    const bad = await put(admin, { body: "   ", contact: 5 });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.inject({ url: "/api/v1/legal/accessibility" })).json().body).toBeNull();
    const ok = await put(admin, {
      body: "Stand der Vereinbarkeit: teilweise.",
      contact: "barrierefrei@example.org",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const page = await t.app.inject({ url: "/oeffentlich/ar/barrierefreiheit" });
    expect(page.body).toContain("Stand der Vereinbarkeit: teilweise.");
    expect(page.body).toContain('href="mailto:barrierefrei@example.org"');
    expect(page.body).toContain("هذا النص غير متوفر بلغتك بعد. وهو معروض باللغة الألمانية.");
    const audit = await t.database.query<{ n: string }>(
      "select count(*) n from audit_event where action = 'legal.save'",
    );
    expect(Number(audit[0]?.n)).toBe(1);
  });

  it("refuses two translations into the same language without changing the measure", async () => {
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/v1/measures/${published.id}`,
      headers: editor,
      payload: {
        title: "Geändert",
        measureTypeId: published.measureTypeId,
        recommendationIds: published.recommendations.map((r) => r.id),
        isPublic: true,
        translations: [
          { lang: "en", title: "A" },
          { lang: "en", title: "B" },
        ],
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe("translations.1.lang");
    const after = (
      await t.app.inject({ url: `/api/v1/measures/${published.id}`, headers: editor })
    ).json<Measure>();
    expect(after.title).toBe(published.title);
    expect(after.translations.map((x) => x.lang)).toEqual(["uk"]);
  });
});
