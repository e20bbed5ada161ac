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
 * and a meeting is added, both modified now.
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
  const paper = example("Paper");
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
    const added = {
      ...councilMeeting,
      id: `${base}/meeting/244`,
      name: "13. Sitzung des Rates",
      start: "2013-03-07T17:00:00+01:00",
      agendaItem: [],
      modified: now,
    };
    routes.set(String(paper.id), renamed);
    routes.set(String(body.paper), list(String(body.paper), [renamed]));
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
