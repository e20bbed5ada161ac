import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { oparlDir } from "./oparl-schemas";

type Json = Record<string, unknown>;
const exampleHost = "https://oparl.example.org";

/**
 * A local OParl server built from the 1.1 examples (System, Body, Organization, Meeting, Paper),
 * their URLs pointed at itself. What the examples reference but do not contain (the committee
 * and meeting of the paper's consultation) is served as a copy of the examples with that id.
 * Meetings are served one per page, so the import must follow `links.next`. Lists answer
 * `modified_since` (OParl 1.1 filter). `change()` moves to a second state: the paper is renamed
 * and a meeting is added, both modified now; a second paper with a new main file appears. Files
 * are served from their downloadUrl; the paper's auxiliary file is declared as a ZIP (refused).
 */
export async function startOParlFixture(): Promise<{
  url: string;
  requests: string[];
  change(): void;
  close(): Promise<void>;
}> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const example = (name: string): Json =>
    JSON.parse(
      readFileSync(join(oparlDir, "examples", `${name}-01.json`), "utf8").replaceAll(
        exampleHost,
        base,
      ),
    );
  const system: Json = { ...example("System"), id: `${base}/` };
  const body = example("Body");
  const finance = example("Organization");
  const council = {
    ...finance,
    id: `${base}/organization/96`,
    name: "Rat der Beispielstadt",
    shortName: "Rat",
    classification: "Rat",
  };
  const meeting = example("Meeting");
  const councilMeeting = {
    ...meeting,
    id: `${base}/meeting/243`,
    name: "12. Sitzung des Rates",
    start: "2013-02-07T17:00:00+01:00",
    organization: [council.id],
    agendaItem: [
      {
        id: `${base}/agendaitem/15569`,
        type: "https://schema.oparl.org/1.1/AgendaItem",
        meeting: `${base}/meeting/243`,
        number: "4",
        order: 4,
        name: "Antwort auf Anfrage 1200/2014",
        public: true,
        consultation: `${base}/consultation/47594`,
      },
    ],
  };
  // The paper's files: the main file a small PDF; the auxiliary file declared as a ZIP, which the
  // upload rules of Anlagen refuse before fetching it.
  const examplePaper = example("Paper");
  const mainFile = examplePaper.mainFile as Json;
  const auxFile = (examplePaper.auxiliaryFile as Json[])[0] as Json;
  const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, "latin1");
  const files = new Map<string, Buffer>([[String(mainFile.downloadUrl), pdf("Anlage 1")]]);
  const paper: Json = {
    ...examplePaper,
    mainFile: { ...mainFile, size: files.get(String(mainFile.downloadUrl))?.length },
    auxiliaryFile: [{ ...auxFile, mimeType: "application/zip", fileName: "anlage.zip" }],
  };
  const list = (url: string, data: Json[], next?: string) => ({
    data,
    pagination: { totalElements: data.length, currentPage: 1, totalPages: 1 },
    links: { first: url, ...(next ? { next } : {}) },
  });
  const meetingsUrl = String(body.meeting);
  const routes = new Map<string, unknown>([
    [`${base}/`, system],
    [String(system.body), list(String(system.body), [body])],
    [String(body.id), body],
    [String(body.organization), list(String(body.organization), [finance])],
    [finance.id as string, finance],
    [council.id, council],
    [meetingsUrl, list(meetingsUrl, [meeting], `${meetingsUrl}?page=2`)],
    [`${meetingsUrl}?page=2`, list(`${meetingsUrl}?page=2`, [councilMeeting])],
    [String(meeting.id), meeting],
    [councilMeeting.id, councilMeeting],
    [String(body.paper), list(String(body.paper), [paper])],
    [String(paper.id), paper],
  ]);
  const requests: string[] = [];
  /** A list filtered by modified_since, its links carrying the filter on. */
  const filtered = (found: unknown, since: string) => {
    const page = found as { data: Json[]; links: Record<string, string> };
    const withFilter = (link: string) => {
      const u = new URL(link);
      u.searchParams.set("modified_since", since);
      return u.toString();
    };
    return {
      ...page,
      data: page.data.filter((o) => Date.parse(String(o.modified ?? 0)) >= Date.parse(since)),
      links: Object.fromEntries(Object.entries(page.links).map(([k, v]) => [k, withFilter(v)])),
    };
  };
  server.on("request", (request, response) => {
    const url = new URL(`${base}${request.url ?? "/"}`);
    requests.push(url.toString());
    const since = url.searchParams.get("modified_since");
    url.searchParams.delete("modified_since");
    const file = files.get(url.toString());
    if (file) {
      response.writeHead(200, { "content-type": "application/pdf" });
      response.end(file);
      return;
    }
    const found = routes.get(url.toString().replace(/\?$/, ""));
    const answer =
      found && since && Array.isArray((found as { data?: unknown }).data)
        ? filtered(found, since)
        : found;
    response.writeHead(answer ? 200 : 404, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(answer ?? { error: "not found" }));
  });
  const change = () => {
    const now = new Date().toISOString();
    const renamed = { ...paper, name: `${String(paper.name)} (geändert)`, modified: now };
    // A second paper, new at the source, whose main file is new too.
    const second: Json = {
      ...paper,
      id: `${base}/paper/750`,
      name: "Bericht der Verwaltung",
      reference: "1201/2014",
      consultation: [],
      mainFile: { ...mainFile, id: `${base}/files/57740`, modified: now },
      auxiliaryFile: [],
      modified: now,
    };
    (second.mainFile as Json).downloadUrl = `${base}/files/download/57740.pdf`;
    (second.mainFile as Json).fileName = "bericht.pdf";
    files.set(`${base}/files/download/57740.pdf`, pdf("Bericht"));
    (second.mainFile as Json).size = files.get(`${base}/files/download/57740.pdf`)?.length;
    const added = {
      ...councilMeeting,
      id: `${base}/meeting/244`,
      name: "13. Sitzung des Rates",
      start: "2013-03-07T17:00:00+01:00",
      agendaItem: [],
      modified: now,
    };
    routes.set(String(paper.id), renamed);
    routes.set(second.id as string, second);
    routes.set(String(body.paper), list(String(body.paper), [renamed, second]));
    routes.set(added.id, added);
    routes.set(`${meetingsUrl}?page=2`, list(`${meetingsUrl}?page=2`, [councilMeeting, added]));
  };
  return {
    url: `${base}/`,
    requests,
    change,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
