import { count, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../testing/test-app";
import { agendaItem, committee, consultation, meeting, paper } from "../../../platform/db/schema";
import { tenantDb } from "../../../platform/db/tenant-scope";
import { startOParlFixture } from "../testing/fixture-server";
import { httpOParlReader } from "./client";
import { type ImportProgress, importOParl } from "./service";

describe("OParl import from a fixture server serving the 1.1 examples", () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof startOParlFixture>>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    fixture = await startOParlFixture();
  });
  afterAll(async () => {
    await fixture?.close();
    await t?.close();
  });

  async function importedRows() {
    const db = t.database.db;
    const n = async (
      table:
        | typeof committee
        | typeof meeting
        | typeof paper
        | typeof agendaItem
        | typeof consultation,
    ) =>
      Number((await db.select({ n: count() }).from(table).where(isNotNull(table.oparlId)))[0]?.n);
    return {
      committees: await n(committee),
      meetings: await n(meeting),
      agendaItems: await n(agendaItem),
      papers: await n(paper),
      consultations: await n(consultation),
    };
  }

  const run = (progress: ImportProgress[] = []) =>
    importOParl(
      tenantDb(t.database.db, t.tenantId),
      httpOParlReader({ allowPrivateNetworks: true }),
      fixture.url,
      {
        actor: "test",
        onProgress: (p) => progress.push(structuredClone(p)),
      },
    );

  it("imports committees, meetings with agenda, papers with consultations, following pages", async () => {
    const progress: ImportProgress[] = [];
    const result = await run(progress);
    expect(result.body.name).toBe("Stadt Köln, kreisfreie Stadt");
    expect(await importedRows()).toEqual({
      committees: 2,
      meetings: 2,
      agendaItems: 2,
      papers: 1,
      consultations: 1,
    });
    expect(result.counts.meetings.created).toBe(2);
    // Both meeting pages were read, and progress told each phase.
    expect(fixture.requests.some((u) => u.endsWith("?page=2"))).toBe(true);
    expect(progress.map((p) => p.phase)).toEqual(
      expect.arrayContaining(["system", "organizations", "meetings", "papers", "done"]),
    );

    const council = await t.app.inject({ url: "/api/v1/council" });
    const body = council.json<{
      committees: { name: string; kind: string }[];
      meetings: { name: string; meetingDate: string; agendaItems: { paperId: string | null }[] }[];
      papers: { id: string; title: string; kind: string; reference: string | null }[];
    }>();
    expect(body.committees).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "Ausschuss für Haushalt und Finanzen",
          kind: "specialistCommittee",
        }),
        expect.objectContaining({ name: "Rat der Beispielstadt", kind: "council" }),
      ]),
    );
    const finance = body.meetings.find((m) => m.name === "4. Sitzung des Finanzausschusses");
    expect(finance?.meetingDate).toBe("2013-01-04");
    const imported = body.papers.find((p) => p.reference === "1234/2014");
    expect(imported).toMatchObject({ title: "Antwort auf Anfrage 1200/2014", kind: "information" });
    // The council meeting's agenda item now points at the paper it treats.
    const councilMeeting = body.meetings.find((m) => m.name === "12. Sitzung des Rates");
    expect(councilMeeting?.agendaItems[0]?.paperId).toBe(imported?.id);
    const paperPage = (await t.app.inject({ url: `/api/v1/papers/${imported?.id}` })).json<{
      consultations: {
        role: string;
        committee: { name: string };
        meeting: { name: string } | null;
      }[];
    }>();
    expect(paperPage.consultations).toEqual([
      expect.objectContaining({
        role: "decision",
        committee: expect.objectContaining({ name: "Rat der Beispielstadt" }),
        meeting: expect.objectContaining({ name: "12. Sitzung des Rates" }),
      }),
    ]);
  });

  it("a second run creates nothing and changes nothing", async () => {
    const before = await importedRows();
    const result = await run();
    expect(await importedRows()).toEqual(before);
    for (const counter of Object.values(result.counts)) {
      expect(counter.created).toBe(0);
      expect(counter.updated).toBe(0);
    }
    expect(result.counts.papers.unchanged).toBe(1);
  });
});
