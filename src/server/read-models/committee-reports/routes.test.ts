import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DraftSummary,
  FinalReport,
  ReportingDutySchedule,
  ReportTask,
} from "../../../contract/committee-reports";
import type { Indicator } from "../../../contract/indicators";
import type { Overview } from "../../../contract/overview";
import { committee, meeting, reportingDuty, scopeOf } from "../../../testing/factories";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import type { ReportSnapshot } from "../../renderers/reports/report-snapshot";
import { pdfToText, unzipEntry } from "../../renderers/reports/test-tools";

describe("committee reports API", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let f: Awaited<ReturnType<typeof ledgerFixtures>>;
  let social: string;
  const inject = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: editor, payload });
  const book = (amountCents: number, measureId: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/funds/${f.million.id}/bookings`,
      headers: { ...editor, "idempotency-key": randomUUID() },
      // The clock stands in January 2025: bookings into 2024 are late bookings (Nachbuchung).
      payload: {
        kind: "commitment",
        measureId,
        amountCents,
        date: "2024-04-02",
        lateBooking: { reason: "Vertrag vom April, im Januar nachgebucht" },
      },
    });
  const text = async (url: string, format: "pdf" | "docx") => {
    const response = await inject("GET", url);
    expect(response.statusCode).toBe(200);
    return format === "pdf"
      ? pdfToText(response.rawPayload)
      : unzipEntry(response.rawPayload, "word/document.xml");
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-01-10";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    f = await ledgerFixtures(t, editor);
    // The committee, its reporting duty and its meeting are this file's own (testing/factories).
    const scope = scopeOf(t);
    social = (await committee(scope, { name: "Ausschuss für Teilhabe und Soziales" })).id;
    await reportingDuty(scope, {
      committeeId: social,
      cadence: "halfYearly",
      decidedOn: "2024-03-05",
    });
    await meeting(scope, {
      committeeId: social,
      name: "Sitzung des Sozialausschusses",
      meetingDate: "2025-03-12",
    });
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("counts the due dates back from the next meeting; the Vorlagenfrist is configurable", async () => {
    const duties = (await inject("GET", "/reporting-duties")).json<{
      items: ReportingDutySchedule[];
    }>().items;
    expect(duties).toHaveLength(1);
    const duty = duties[0] as ReportingDutySchedule;
    expect(duty).toMatchObject({
      cadence: "halfYearly",
      paperDeadlineDays: 21,
      meetingDate: "2025-03-12",
      paperDue: "2025-02-19",
      updatesDue: "2025-02-05",
      // One cycle back from the paper deadline: the Sachstände asked for lie inside it.
      period: { from: "2024-08-20", to: "2025-02-19" },
      state: "open",
    });
    expect(duty.missingUpdates).toBeGreaterThan(0);
    // The overview (public) shows the same due date, state and count of missing updates.
    const overview = (await inject("GET", "/overview")).json<Overview>();
    expect(overview.reportingDuties).toEqual([
      expect.objectContaining({
        id: duty.id,
        paperDue: "2025-02-19",
        state: "open",
        missingUpdates: duty.missingUpdates,
      }),
    ]);

    // Without its own lead time the duty follows the county's Vorlagenfrist (domain/paper-deadline).
    expect(duty.paperDeadlineSource).toBe("county");
    const bad = await inject("PUT", `/reporting-duties/${duty.id}/settings`, {
      paperDeadlineDays: -1,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("paperDeadlineDays");
    const set = await inject("PUT", `/reporting-duties/${duty.id}/settings`, {
      paperDeadlineDays: "28",
    });
    expect(set.statusCode).toBe(200);
    const after = (await inject("GET", "/reporting-duties")).json<{
      items: ReportingDutySchedule[];
    }>().items[0];
    expect(after).toMatchObject({
      paperDeadlineDays: 28,
      paperDeadlineSource: "duty",
      paperDue: "2025-02-12",
    });

    const tasks = (await inject("GET", "/report-tasks")).json<{ items: ReportTask[] }>().items;
    expect(tasks.map((x) => x.measure.title)).toContain("Sprachkurs A1 Zeven");
    expect(tasks.every((x) => x.updatesDue === "2025-01-29" && !x.overdue)).toBe(true);
    const anonymous = await t.app.inject({ url: "/api/v1/report-tasks" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("generates a draft, freezes it; later bookings change a new draft, never the final files", async () => {
    expect((await book(1_234_567, f.course)).statusCode).toBe(201);
    const bad = await inject("POST", "/report-drafts", {
      committeeId: social,
      periodFrom: "2024-12-31",
      periodTo: "2024-07-01",
      title: "Sachstandsbericht",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("periodTo");

    const draft = (
      await inject("POST", "/report-drafts", {
        committeeId: social,
        periodFrom: "2024-07-01",
        periodTo: "2025-02-12",
        title: "Sachstandsbericht Integrationskonzept 2. Halbjahr 2024",
      })
    ).json<DraftSummary>();
    const edited = await inject("PUT", `/report-drafts/${draft.id}`, {
      introText: "Die Koordinierungsstelle berichtet über das zweite Halbjahr.",
      proposedResolution: "Der Ausschuss nimmt den Bericht zur Kenntnis.",
    });
    expect(edited.statusCode).toBe(200);
    const preview = (await inject("GET", `/report-drafts/${draft.id}`)).json<{
      html: string;
    }>();
    expect(preview.html).toContain("12.345,67");
    expect(preview.html).toContain("Die Koordinierungsstelle berichtet");

    const final = await inject("POST", `/report-drafts/${draft.id}/finalise`, {});
    expect(final.statusCode).toBe(201);
    const report = final.json<FinalReport>();
    expect(report.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    // The draft is locked now.
    const locked = await inject("PUT", `/report-drafts/${draft.id}`, { introText: "x" });
    expect(locked.statusCode).toBe(409);
    expect((await inject("POST", `/report-drafts/${draft.id}/finalise`, {})).statusCode).toBe(409);

    const pdfBefore = await text(`/committee-reports/${report.id}/report.pdf`, "pdf");
    expect(pdfBefore).toMatch(/12\.345,67\s€/);
    // The duty counts as reported now.
    const duty = (await inject("GET", "/reporting-duties")).json<{
      items: ReportingDutySchedule[];
    }>().items[0];
    expect(duty?.state).toBe("reported");

    // The data changes afterwards.
    expect((await book(100_000, f.course)).statusCode).toBe(201);

    const pdfAfter = await text(`/committee-reports/${report.id}/report.pdf`, "pdf");
    const docxAfter = await text(`/committee-reports/${report.id}/report.docx`, "docx");
    expect(pdfAfter).toBe(pdfBefore);
    expect(docxAfter).toContain("12.345,67");
    expect(docxAfter).not.toContain("13.345,67");

    const second = (
      await inject("POST", "/report-drafts", {
        committeeId: social,
        periodFrom: "2024-07-01",
        periodTo: "2024-12-31",
        title: "Sachstandsbericht (Neufassung)",
      })
    ).json<DraftSummary>();
    const newPreview = (await inject("GET", `/report-drafts/${second.id}`)).json<{
      html: string;
    }>();
    expect(newPreview.html).toContain("13.345,67");
    // "Since the last report": the money moved since the final one.
    expect(newPreview.html).toContain("Seit dem letzten Bericht");
    expect(newPreview.html).toContain("+1.000,00");

    // Supersede, never edit.
    const replacing = await inject("POST", `/report-drafts/${second.id}/finalise`, {
      supersedesReportId: report.id,
    });
    expect(replacing.statusCode).toBe(201);
    const list = (await inject("GET", "/committee-reports")).json<{ items: FinalReport[] }>().items;
    expect(list.find((r) => r.id === report.id)?.supersededById).toBe(
      replacing.json<FinalReport>().id,
    );
  });

  it("shows approved indicators against targets; drafts never count; a public session withholds small counts", async () => {
    const indicator = async (
      name: string,
      key: string,
      values: number[],
      approve: boolean,
      publishable = true,
    ) => {
      const created = await inject("POST", "/indicators", {
        key,
        name,
        unit: "count",
        direction: "higherIsBetter",
        periodicity: "quarter",
        aggregation: "sum",
        publishable,
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<Indicator>().id;
      await inject("PUT", `/indicators/${id}/targets`, { targets: [{ year: 2024, value: 40 }] });
      const ids: string[] = [];
      for (const [k, value] of values.entries()) {
        const entered = await inject("POST", `/indicators/${id}/values`, {
          period: `2024-Q${k + 3}`,
          value,
        });
        expect(entered.statusCode, entered.body).toBe(201);
        ids.push(...entered.json<Indicator>().values.map((v) => v.id));
      }
      if (approve)
        expect(
          (
            await inject("POST", `/indicators/${id}/values/approve`, {
              valueIds: [...new Set(ids)],
            })
          ).statusCode,
        ).toBe(200);
      return id;
    };
    await indicator("Beratungen Kennzahltest", "report-advice", [12, 14], true);
    await indicator("Kleine Fallzahl Kennzahltest", "report-small", [2], true);
    await indicator("Entwurfskennzahl Kennzahltest", "report-draft", [777_777], false);
    await indicator("Interne Kennzahl Kennzahltest", "report-internal", [50], true, false);

    const preview = async (publicSession: boolean) => {
      const created = await inject("POST", "/report-drafts", {
        committeeId: social,
        periodFrom: "2024-07-01",
        periodTo: "2024-12-31",
        title: publicSession ? "Bericht öffentlich" : "Bericht nichtöffentlich",
      });
      expect(created.statusCode, created.body).toBe(201);
      const draft = created.json<DraftSummary>();
      const set = await inject("PUT", `/report-drafts/${draft.id}`, { publicSession });
      expect(set.statusCode, set.body).toBe(200);
      return (await inject("GET", `/report-drafts/${draft.id}`)).json<{
        html: string;
        snapshot: ReportSnapshot;
      }>();
    };
    const internal = await preview(false);
    expect(internal.snapshot.indicators).toMatchObject({
      status: "data",
      items: [
        // 26 of 40 after two quarters of four (20 expected): on track.
        { name: "Beratungen Kennzahltest", unit: null, value: 26, target: 40, light: "green" },
        {
          name: "Entwurfskennzahl Kennzahltest",
          unit: null,
          value: null,
          target: 40,
          light: "grey",
        },
        {
          name: "Interne Kennzahl Kennzahltest",
          unit: null,
          value: 50,
          target: 40,
          light: "green",
        },
        { name: "Kleine Fallzahl Kennzahltest", unit: null, value: 2, target: 40, light: "red" },
      ],
    });
    // The chart figures are frozen with the snapshot: approved values only, targets per year.
    const chartOf = (snapshot: ReportSnapshot, prefix: string) =>
      snapshot.indicators.status === "data"
        ? snapshot.indicators.items.find((i) => i.name.startsWith(prefix))?.chart
        : undefined;
    expect(chartOf(internal.snapshot, "Beratungen")).toEqual({
      periodicity: "quarter",
      cumulative: true,
      series: [
        { period: "2024-Q3", value: 12 },
        { period: "2024-Q4", value: 14 },
      ],
      targets: [{ year: 2024, value: 40 }],
    });
    expect(chartOf(internal.snapshot, "Entwurfskennzahl")?.series).toEqual([]);
    expect(internal.html).toContain(
      "<figcaption>Abbildung 1: Beratungen Kennzahltest – Ist und Ziel 2024</figcaption>",
    );
    expect(internal.html).toContain("Beratungen Kennzahltest");
    expect(internal.html).toContain("26,00");
    for (const body of [internal.html, JSON.stringify(internal.snapshot)])
      expect(body).not.toMatch(/777[.]?777/);

    const open = await preview(true);
    const items = open.snapshot.indicators.status === "data" ? open.snapshot.indicators.items : [];
    expect(items.find((i) => i.name.startsWith("Kleine"))).toMatchObject({ value: null });
    expect(items.find((i) => i.name.startsWith("Beratungen"))).toMatchObject({ value: 26 });
    // The public report's chart shows the series as disclosure control leaves it.
    expect(chartOf(open.snapshot, "Kleine")?.series).toEqual([{ period: "2024-Q3", value: null }]);
    // Not publishable: not in a report for the public session at all.
    expect(items.map((i) => i.name)).not.toContain("Interne Kennzahl Kennzahltest");
  });

  it("the database refuses to change or delete a final report, for every role", async () => {
    const [row] = await t.database.query<{ id: string }>("select id from committee_report limit 1");
    await expect(
      t.database.query("update committee_report set title = 'geändert' where id = $1", [row?.id]),
    ).rejects.toThrow(/eingefroren/);
    await expect(
      t.database.query("delete from committee_report where id = $1", [row?.id]),
    ).rejects.toThrow(/eingefroren/);
  });

  it("ties a draft to the meeting it is presented in; files are named for committee and meeting", async () => {
    const duty = (await inject("GET", "/reporting-duties")).json<{
      items: ReportingDutySchedule[];
    }>().items[0] as ReportingDutySchedule;
    const drafts = async () =>
      (await t.database.query<{ n: string }>("select count(*) as n from report_draft"))[0]?.n;
    const before = await drafts();
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/report-drafts",
      headers: { ...editor, "accept-language": "de" },
      payload: {
        committeeId: social,
        reportingDutyId: duty.id,
        meetingId: randomUUID(),
        periodFrom: duty.period.from,
        periodTo: duty.period.to,
        title: "Sachstandsbericht",
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    expect(bad.json().errors).toEqual([
      { path: "meetingId", message: "Diese Sitzung gibt es nicht." },
    ]);
    expect(await drafts()).toBe(before);

    const created = await inject("POST", "/report-drafts", {
      committeeId: social,
      reportingDutyId: duty.id,
      periodFrom: duty.period.from,
      periodTo: duty.period.to,
      title: "Sachstandsbericht zur Sitzung",
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json<DraftSummary>();
    expect(draft.meeting).toMatchObject({
      date: "2025-03-12",
      name: "Sitzung des Sozialausschusses",
    });
    const preview = (await inject("GET", `/report-drafts/${draft.id}`)).json<{
      snapshot: ReportSnapshot;
    }>();
    expect(preview.snapshot.presentedOn).toBe("2025-03-12");
    expect(preview.snapshot.measureReport?.fields.length).toBeGreaterThan(0);
    const pdf = await inject("GET", `/report-drafts/${draft.id}/report.pdf`);
    expect(pdf.headers["content-disposition"]).toContain(
      "Sachstandsbericht_Ausschuss-fuer-Teilhabe-und-Soziales_2025-03-12.pdf",
    );
    expect(pdfToText(pdf.rawPayload)).toContain("12.03.2025");
    const html = await inject("GET", `/report-drafts/${draft.id}/report.html`);
    expect(html.headers["content-security-policy"]).toMatch(/style-src 'sha256-/);
    expect(html.body).toContain("<style>");
  });

  it("the DOCX opens in LibreOffice; its PDF holds the field names, the focus and German money", async () => {
    let soffice = true;
    try {
      execFileSync("soffice", ["--version"], { stdio: "ignore" });
    } catch {
      soffice = false;
    }
    if (!soffice) {
      console.warn(
        "\n*** SKIPPED: soffice (LibreOffice) is not installed; DOCX not converted ***\n",
      );
      return;
    }
    // A draft of its own (not the reports of the tests above), so the test passes alone (-t).
    const created = await inject("POST", "/report-drafts", {
      committeeId: social,
      periodFrom: "2024-07-01",
      periodTo: "2024-12-31",
      title: "Sachstandsbericht für LibreOffice",
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json<DraftSummary>();
    const preview = (await inject("GET", `/report-drafts/${draft.id}`)).json<{
      html: string;
      snapshot: ReportSnapshot;
    }>();
    // The action fields the report tells (those of the adopted concept with measures).
    const fields = preview.snapshot.measureReport?.fields.map((x) => x.title) ?? [];
    expect(fields.length).toBeGreaterThan(0);
    // The euro amounts the report states (German notation), as LibreOffice must show them.
    const amounts = [...preview.html.matchAll(/(\d{1,3}(?:\.\d{3})+,\d{2})(?:\s|&nbsp;)€/g)].map(
      (m) => m[1] ?? "",
    );
    expect(amounts.length).toBeGreaterThan(0);
    const docx = await inject("GET", `/report-drafts/${draft.id}/report.docx`);
    expect(docx.statusCode).toBe(200);
    const { docxToPdfText } = await import("../../renderers/reports/test-tools");
    const converted = docxToPdfText(docx.rawPayload);
    for (const field of fields) expect(converted).toContain(field);
    expect(converted).toMatch(/Schwerpunkt/);
    for (const amount of amounts) {
      expect(converted).toMatch(new RegExp(`${amount.replace(/\./g, "\\.")}\\s€`));
    }
    expect(converted).toMatch(/Seite 1 von \d/);
    // The tables' columns fit their words: no header is broken inside a word.
    for (const word of ["Handlungsfeld", "abgeschlossen", "verworfen", "überfällig"])
      expect(converted).toMatch(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "u"));
    // LibreOffice's first start (its profile) takes half a minute on a busy machine.
  }, 120_000);

  it("offers the committee's coming meetings, each with the period that follows from it", async () => {
    await inject("POST", "/meetings", {
      committeeId: social,
      name: "Herbstsitzung des Sozialausschusses",
      meetingDate: "2025-09-10",
    });
    const duty = (await inject("GET", "/reporting-duties")).json<{
      items: ReportingDutySchedule[];
    }>().items[0];
    expect(duty?.meetings.map((m) => [m.date, m.paperDue])).toEqual([
      ["2025-03-12", duty?.paperDue],
      // The Vorlagenfrist set above (28 days) counts back from each meeting.
      ["2025-09-10", "2025-08-13"],
    ]);
    // The next meeting's period is the duty's; a later one's ends at its own Vorlagenfrist.
    expect(duty?.meetings[0]?.period).toEqual(duty?.period);
    expect(duty?.meetings[1]?.period.to).toBe("2025-08-13");
    const later = duty?.meetings[1];
    const created = await inject("POST", "/report-drafts", {
      committeeId: social,
      reportingDutyId: duty?.id,
      meetingId: later?.id,
      periodFrom: later?.period.from,
      periodTo: later?.period.to,
      title: "Bericht zur Herbstsitzung",
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<DraftSummary>().meeting).toMatchObject({ date: "2025-09-10" });
  });
});
