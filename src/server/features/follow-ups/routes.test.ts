import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowUp } from "../../../contract/follow-up";
import type { Resolution } from "../../../contract/resolution";
import { builtInCommittee, committee, concept, fund, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import type { ReportSnapshot } from "../../renderers/reports/report-snapshot";
import { unzipEntry } from "../../renderers/reports/test-tools";

describe("decision tracking (follow-ups of resolutions)", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let committeeMember: Record<string, string>;
  let resolution: Resolution;
  let socialId: string;
  const auditCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from audit_event"))[0]?.n);
  const list = async (query: string, headers = editor) =>
    (await t.app.inject({ url: `/api/v1/follow-ups${query}`, headers })).json<{
      items: FollowUp[];
    }>().items;

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-06-01";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    committeeMember = await t.signIn("committee");
    // This file's own committee, adopted concept and fund (testing/factories).
    const scope = scopeOf(t);
    const executive = await builtInCommittee(scope, "executiveCommittee");
    const version = await concept(scope, {
      committeeId: executive.id,
      decidedOn: "2023-03-15",
      fields: [{ title: "Ausbildung und Arbeit" }, { title: "Sprache und Bildung" }],
    });
    const field = version.actionFields.find((f) => f.title === "Sprache und Bildung");
    const million = await fund(scope, {
      committeeId: (await builtInCommittee(scope)).id,
      name: "Mittel für Sprachkurse 2024",
      estimateCents: 100_000_000,
    });
    const social = await committee(scope, {
      name: "Ausschuss für Soziales, Arbeit und Gesundheit",
    });
    socialId = social.id;
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      headers: editor,
      payload: {
        committeeId: socialId,
        decidedOn: "2024-03-05",
        outcome: "adopted",
        text: "Beschluss wie vorgeschlagen.",
        effects: [
          {
            type: "changeFundPurpose",
            fundId: million.id,
            purpose: [{ kind: "actionField", actionFieldLineageId: field?.lineageId }],
          },
        ],
      },
    });
    expect(response.statusCode).toBe(201);
    resolution = response.json<Resolution>();
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("an effect Kurs applied itself is a follow-up marked done on the day of the decision", async () => {
    const items = await list(`?resolutionId=${resolution.id}`);
    expect(items).toEqual([
      expect.objectContaining({
        title:
          "Zweckbindung der Haushaltsmittel „Mittel für Sprachkurse 2024“ ab 05.03.2024 geändert",
        state: "done",
        closedOn: "2024-03-05",
        automatic: true,
        resolution: expect.objectContaining({
          id: resolution.id,
          committee: { id: socialId, name: "Ausschuss für Soziales, Arbeit und Gesundheit" },
        }),
      }),
    ]);
    // Audited once (the factories' own resolutions have automatic follow-ups of their own).
    const [row] = await t.database.query<{ n: string }>(
      "select count(*) n from audit_event where action = 'followUp.automatic' and entity_id = $1",
      [items[0]?.id],
    );
    expect(Number(row?.n)).toBe(1);
  });

  it("a manual follow-up: created, noted, in progress, closed; each step audited", async () => {
    const before = await auditCount();
    const created = await t.app.inject({
      method: "POST",
      url: `/api/v1/resolutions/${resolution.id}/follow-ups`,
      headers: { ...editor, "idempotency-key": "fu-1" },
      payload: { title: "Kursträger informieren", responsible: "Sozialamt", dueOn: "2024-05-01" },
    });
    expect(created.statusCode).toBe(201);
    const followUp = created.json<FollowUp>();
    expect(followUp).toMatchObject({
      state: "open",
      automatic: false,
      overdue: true,
      responsible: "Sozialamt",
    });
    // The same request again creates nothing new.
    const again = await t.app.inject({
      method: "POST",
      url: `/api/v1/resolutions/${resolution.id}/follow-ups`,
      headers: { ...editor, "idempotency-key": "fu-1" },
      payload: { title: "Kursträger informieren", responsible: "Sozialamt", dueOn: "2024-05-01" },
    });
    expect(again.json<FollowUp>().id).toBe(followUp.id);

    const open = await list(`?committeeId=${socialId}&open=true`, committeeMember);
    expect(open.map((f) => f.title)).toEqual(["Kursträger informieren"]);

    const noted = await t.app.inject({
      method: "POST",
      url: `/api/v1/follow-ups/${followUp.id}/notes`,
      headers: editor,
      payload: { notedOn: "2024-05-20", text: "Rundschreiben an die Träger versandt." },
    });
    expect(noted.statusCode).toBe(201);
    expect(noted.json<FollowUp>().notes).toEqual([
      expect.objectContaining({
        notedOn: "2024-05-20",
        text: "Rundschreiben an die Träger versandt.",
      }),
    ]);
    const progressing = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/follow-ups/${followUp.id}`,
      headers: editor,
      payload: { state: "inProgress" },
    });
    expect(progressing.json<FollowUp>()).toMatchObject({ state: "inProgress", closedOn: null });
    const closed = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/follow-ups/${followUp.id}`,
      headers: editor,
      payload: { state: "done" },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json<FollowUp>()).toMatchObject({
      state: "done",
      closedOn: "2024-06-01",
      overdue: false,
    });
    expect(await list(`?committeeId=${socialId}&open=true`)).toEqual([]);
    expect(await auditCount()).toBe(before + 4);
  });

  it("the next Sachstandsbericht lists both under „Umsetzung der Beschlüsse“ (HTML and DOCX)", async () => {
    const draft = await t.app.inject({
      method: "POST",
      url: "/api/v1/report-drafts",
      headers: editor,
      payload: {
        committeeId: socialId,
        periodFrom: "2024-03-01",
        periodTo: "2024-06-30",
        title: "Sachstandsbericht 1. Halbjahr 2024",
      },
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json<{ id: string }>().id;
    const preview = (
      await t.app.inject({ url: `/api/v1/report-drafts/${id}`, headers: editor })
    ).json<{ snapshot: ReportSnapshot }>();
    expect(preview.snapshot.followUps?.map((f) => [f.title, f.state, f.automatic])).toEqual([
      [
        "Zweckbindung der Haushaltsmittel „Mittel für Sprachkurse 2024“ ab 05.03.2024 geändert",
        "done",
        true,
      ],
      ["Kursträger informieren", "done", false],
    ]);
    const html = (
      await t.app.inject({ url: `/api/v1/report-drafts/${id}/report.html`, headers: editor })
    ).body;
    expect(html).toContain("Umsetzung der Beschlüsse");
    expect(html).toContain("Kursträger informieren");
    expect(html).toContain("erledigt am 01.06.2024");
    expect(html).toContain("20.05.2024: Rundschreiben an die Träger versandt.");
    const docx = await t.app.inject({
      url: `/api/v1/report-drafts/${id}/report.docx`,
      headers: editor,
    });
    const xml = unzipEntry(docx.rawPayload, "word/document.xml");
    expect(xml).toContain("Umsetzung der Beschlüsse");
    expect(xml).toContain("Kursträger informieren");
  });

  it("refuses bad input at the field in German, writes nothing", async () => {
    const before = await auditCount();
    const [manual] = (await list(`?resolutionId=${resolution.id}`)).filter((f) => !f.automatic);
    const cases = [
      {
        url: `/api/v1/resolutions/${resolution.id}/follow-ups`,
        method: "POST" as const,
        payload: { title: "", dueOn: "31.02.2024" },
        status: 400,
        paths: ["dueOn", "title"],
      },
      {
        url: `/api/v1/resolutions/${resolution.id}/follow-ups`,
        method: "POST" as const,
        payload: { title: "Zu früh", dueOn: "2024-01-01" },
        status: 422,
        paths: ["dueOn"],
        message: "Das Datum liegt vor dem Beschluss (05.03.2024).",
      },
      {
        url: `/api/v1/follow-ups/${manual?.id}`,
        method: "PATCH" as const,
        payload: { state: "open", closedOn: "2024-05-01" },
        status: 422,
        paths: ["closedOn"],
      },
      {
        url: `/api/v1/follow-ups/${manual?.id}`,
        method: "PATCH" as const,
        payload: { state: "gone" },
        status: 400,
        paths: ["state"],
      },
      {
        url: `/api/v1/follow-ups/${manual?.id}/notes`,
        method: "POST" as const,
        payload: { notedOn: "2030-01-01", text: "Später" },
        status: 422,
        paths: ["notedOn"],
      },
    ];
    for (const c of cases) {
      const response = await t.app.inject({
        method: c.method,
        url: c.url,
        headers: { ...editor, "accept-language": "de" },
        payload: c.payload,
      });
      expect(response.statusCode, JSON.stringify(c.payload)).toBe(c.status);
      const problem = response.json<{ errors: { path: string; message: string }[] }>();
      expect(problem.errors.map((e) => e.path).sort()).toEqual(c.paths);
      if (c.message) expect(problem.errors[0]?.message).toBe(c.message);
    }
    const missing = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/follow-ups/00000000-0000-4000-8000-000000000000",
      headers: editor,
      payload: { state: "done" },
    });
    expect(missing.statusCode).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it("the public does not see the working list; a committee member may read but not write", async () => {
    expect((await t.app.inject({ url: "/api/v1/follow-ups" })).statusCode).toBe(401);
    const write = await t.app.inject({
      method: "POST",
      url: `/api/v1/resolutions/${resolution.id}/follow-ups`,
      headers: committeeMember,
      payload: { title: "Nicht erlaubt" },
    });
    expect(write.statusCode).toBe(403);
  });
});
