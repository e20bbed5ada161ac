import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as make from "../../../testing/factories";
import { createTestApp, type TestApp, testCountySlug } from "../../../testing/test-app";
import { oparlValidator } from "./testing/oparl-schemas";

type Json = Record<string, unknown>;
interface ListPage {
  data: Json[];
  pagination: {
    totalElements: number;
    elementsPerPage: number;
    currentPage: number;
    totalPages: number;
  };
  links: { first: string; self: string; last: string; next?: string; prev?: string };
}

/** A host with a domain: the schemas' "url" format refuses "localhost". */
const host = "kurs.landkreis.example";
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/**
 * Walks the whole OParl tree from the System object (following every list page by its links),
 * validates every object and every embedded object against the OParl 1.1 JSON schemas, and
 * fetches every object by its id.
 */
describe("OParl 1.1 export", () => {
  let t: TestApp;
  const validate = oparlValidator();
  const problems: string[] = [];
  const seen = new Map<string, Json>();

  async function get(url: string): Promise<Json> {
    const response = await t.app.inject({ url: pathOf(url), headers: { host } });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    expect(response.headers["set-cookie"]).toBeUndefined();
    return response.json<Json>();
  }

  function check(object: Json, where: string) {
    for (const e of validate(object)) problems.push(`${where}: ${e}`);
    seen.set(String(object.id), object);
  }

  async function walkList(url: string): Promise<Json[]> {
    const all: Json[] = [];
    let next: string | undefined = url;
    let pages = 0;
    while (next) {
      const page = (await get(next)) as unknown as ListPage;
      pages += 1;
      expect(page.pagination.currentPage).toBe(pages);
      expect(new URL(page.links.self).searchParams.get("page")).toBe(String(pages));
      all.push(...page.data);
      next = page.links.next;
      if (next) expect(new URL(next).searchParams.get("page")).toBe(String(pages + 1));
      else expect(page.links.last).toBe(page.links.self);
      expect(pages).toBeLessThan(100);
    }
    const first = (await get(url)) as unknown as ListPage;
    expect(all).toHaveLength(first.pagination.totalElements);
    return all;
  }

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    const editor = await t.signIn("coordinator");
    const api = (url: string, payload: object, headers: Record<string, string> = editor) =>
      t.app.inject({ method: "POST", url: `/api/v1${url}`, headers, payload });
    // Four bodies (the county's Kreistag and Kreisausschuss, a social committee, a working
    // group); the Kreisausschuss adopted the concept in its meeting; a paper waits for the social
    // committee's decision and is on the agenda of its meeting.
    const scope = make.scopeOf(t);
    const bodies = (await t.app.inject({ url: "/api/v1/council", headers: editor })).json<{
      committees: { id: string; kind: string }[];
    }>().committees;
    const executive = bodies.find((c) => c.kind === "executiveCommittee")?.id ?? "";
    const social = (await make.committee(scope, { name: "Ausschuss für Soziales" })).id;
    await make.committee(scope, { name: "Arbeitsgruppe Integration", kind: "workingGroup" });
    const adoption = await make.meeting(scope, {
      committeeId: executive,
      meetingDate: "2023-03-15",
      name: "Sitzung des Kreisausschusses",
    });
    const draft = await api("/concept/versions", { title: "Integrationskonzept" });
    expect(draft.statusCode, draft.body).toBe(201);
    await make.resolution(scope, {
      committeeId: executive,
      meetingId: adoption.id,
      decidedOn: "2023-03-15",
      effects: [{ type: "adoptConceptVersion", conceptVersionId: draft.json<{ id: string }>().id }],
    });
    const paper = await make.paper(scope, {
      committeeId: social,
      title: "Sprachmittlung im Jobcenter",
      statementOfFacts: "Dolmetschende fehlen.",
      proposedResolution: "Der Ausschuss beschließt …",
    });
    const agenda = await api("/meetings", {
      committeeId: social,
      name: "Sitzung des Sozialausschusses",
      meetingDate: "2024-03-05",
      agendaItems: [{ title: "Eröffnung" }, { title: "Sprachmittlung", paperId: paper.id }],
    });
    expect(agenda.statusCode, agenda.body).toBe(201);
    // An attachment, so that the File list is not empty.
    const upload = await api(
      `/papers/${paper.id}/files?fileName=Kostenplan.pdf`,
      Buffer.from("%PDF-1.4\n% Kostenplan\n"),
      {
        ...editor,
        "content-type": "application/pdf",
      },
    );
    expect(upload.statusCode, upload.body).toBe(201);
  });
  afterAll(async () => t?.close());

  it("walks System → Body → every list and validates every object against the 1.1 schema", async () => {
    const system = await get(`http://${host}/oparl/v1`);
    check(system, "System");
    expect(system.id).toBe(`http://${host}/oparl/v1`);
    const bodies = await walkList(String(system.body));
    expect(bodies).toHaveLength(1);
    const counts: Record<string, number> = {};
    for (const body of bodies) {
      check(body, "Body");
      expect(await get(String(body.id))).toEqual(body);
      for (const list of ["organization", "person", "meeting", "paper", "file"] as const) {
        const listUrl = new URL(String(body[list]));
        listUrl.searchParams.set("limit", "2");
        const objects = await walkList(listUrl.href);
        counts[list] = objects.length;
        for (const object of objects) {
          check(object, list);
          for (const item of (object.agendaItem as Json[] | undefined) ?? [])
            check(item, "AgendaItem");
          for (const c of (object.consultation as Json[] | undefined) ?? [])
            check(c, "Consultation");
          for (const f of (object.auxiliaryFile as Json[] | undefined) ?? []) check(f, "File");
          // Every object answers at its id with what the list showed.
          expect(await get(String(object.id))).toEqual(object);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(counts.organization).toBe(4);
    expect(counts.meeting).toBe(2);
    expect(counts.paper).toBe(1);
    expect(counts.file).toBe(1);
    expect(counts.person).toBe(0);
  });

  it("every URL an object names answers (embedded objects by their id, references, files)", async () => {
    const references = new Set<string>();
    for (const object of seen.values()) {
      // System and Body name lists under these keys; the walk above followed those.
      if (/\/(System|Body)$/.test(String(object.type))) continue;
      for (const key of ["meeting", "paper", "agendaItem", "consultation", "body"]) {
        const value = object[key];
        if (typeof value === "string") references.add(value);
      }
      for (const key of ["organization", "paper"]) {
        const value = object[key];
        if (Array.isArray(value)) for (const v of value) references.add(String(v));
      }
    }
    for (const url of [...seen.keys(), ...references]) {
      const object = await get(url);
      for (const e of validate(object)) problems.push(`${url}: ${e}`);
    }
    expect(problems).toEqual([]);
    expect(references.size).toBeGreaterThanOrEqual(4);
  });

  it("serves the file's bytes at accessUrl and downloadUrl", async () => {
    const file = [...seen.values()].find((o) => String(o.type).endsWith("/File"));
    expect(file).toBeDefined();
    const access = await t.app.inject({ url: pathOf(String(file?.accessUrl)), headers: { host } });
    expect(access.statusCode).toBe(200);
    expect(access.headers["content-type"]).toBe("application/pdf");
    expect(access.body).toContain("Kostenplan");
    expect(Number(file?.size)).toBe(access.rawPayload.length);
    const download = await t.app.inject({ url: pathOf(String(file?.downloadUrl)) });
    expect(download.headers["content-disposition"]).toMatch(
      /^attachment; filename="Kostenplan.pdf"/,
    );
  });

  it("filters by modified_since, names the filter in its links, and answers CORS", async () => {
    const future = "2999-01-01T00:00:00Z";
    const response = await t.app.inject({
      url: `/oparl/v1/body/${testCountySlug}/papers?modified_since=${encodeURIComponent(future)}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    const page = response.json<ListPage>();
    expect(page.data).toEqual([]);
    expect(page.links.self).toContain("modified_since=2999-01-01T00%3A00%3A00Z");
  });

  it("answers 404 for unknown objects and bodies, 400 for a bad page", async () => {
    const unknownId = "00000000-0000-4000-8000-000000000000";
    expect((await t.app.inject({ url: `/oparl/v1/paper/${unknownId}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/oparl/v1/body/anderswo/papers" })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `/oparl/v1/body/${testCountySlug}/papers?page=0` })).statusCode,
    ).toBe(400);
  });
});
