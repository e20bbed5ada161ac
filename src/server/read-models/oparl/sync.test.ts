import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OParlSync } from "../../../contract/oparl-sync";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { syncFinished } from "./sync-service";
import { startOParlFixture } from "./testing/fixture-server";

/**
 * The OParl import from the admin's page. Against a local server with the official
 * OParl 1.1 examples and a second state with changes: the second run asks only for what changed
 * (counted requests), applies it, and reports the conflict planted in Kurs instead of overwriting.
 */
describe("OParl sync through the API", () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let fixture: Awaited<ReturnType<typeof startOParlFixture>>;
  const api = (method: "GET" | "PUT" | "POST", url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...admin, "accept-language": "de" },
      payload,
    });
  const runToEnd = async (payload: object = {}) => {
    const started = await api("POST", "/oparl-sync/runs", payload);
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json<OParlSync>().running).not.toBeNull();
    await syncFinished(t.tenantId);
    return (await api("GET", "/oparl-sync")).json<OParlSync>();
  };

  beforeAll(async () => {
    // The fixture server runs on 127.0.0.1: only tests switch the SSRF guard off.
    t = await createTestApp({ seeded: false, oparlAllowPrivateNetworks: true });
    admin = await t.signIn("admin");
    fixture = await startOParlFixture();
  });
  afterAll(async () => {
    await syncFinished(t.tenantId);
    await fixture?.close();
    await t?.close();
  });

  it("refuses a bad address at the field and a run without one; only the admin may", async () => {
    expect((await api("GET", "/oparl-sync")).json()).toEqual({
      entryUrl: null,
      lastSince: null,
      lastRun: null,
      schedule: "off",
      running: null,
    });
    const noSource = await api("POST", "/oparl-sync/runs", {});
    expect(noSource.statusCode).toBe(422);
    expect(noSource.json().errors[0].path).toBe("entryUrl");
    const bad = await api("PUT", "/oparl-sync", { entryUrl: "ratsinfo.landkreis" });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      {
        path: "entryUrl",
        message:
          "Geben Sie die Adresse des OParl-Systems vollständig an, z. B. https://ratsinfo.landkreis.de/oparl/v1.",
      },
    ]);
    const editor = await t.signIn("coordinator");
    const refused = await t.app.inject({
      method: "PUT",
      url: "/api/v1/oparl-sync",
      headers: editor,
      payload: { entryUrl: fixture.url },
    });
    expect(refused.statusCode).toBe(403);
  });

  it("the first run reads everything; the second only what changed, and reports the conflict", async () => {
    const set = await api("PUT", "/oparl-sync", { entryUrl: fixture.url });
    expect(set.statusCode, set.body).toBe(200);
    const first = await runToEnd();
    expect(first.lastRun?.error).toBeUndefined();
    expect(first.lastRun).toMatchObject({ incremental: false, conflicts: [] });
    expect(first.lastRun?.error).toBeUndefined();
    expect(first.lastRun?.counts?.papers).toMatchObject({ created: 1 });
    expect(first.lastRun?.counts?.meetings).toMatchObject({ created: 2 });
    expect(first.lastSince).toBe(first.lastRun?.startedAt);
    // The paper's main file came with it, fetched once; the ZIP was refused by its declared type
    // (the upload rule of Anlagen), never fetched.
    expect(first.lastRun?.counts?.files).toMatchObject({ created: 1 });
    expect(first.lastRun?.skipped).toContainEqual(
      expect.stringMatching(/files\/57739: Erlaubt sind nur PDF, DOCX, XLSX, PNG und JPEG\.$/),
    );
    const downloads = (from: number) =>
      fixture.requests.slice(from).filter((u) => u.includes("/files/download/"));
    expect(downloads(0)).toEqual([expect.stringMatching(/\/files\/download\/57737\.pdf$/)]);
    const [file] = await t.database.query<{ file_name: string; size: number }>(
      "select file_name, size from paper_file",
    );
    expect(file).toMatchObject({ file_name: "anlage_1_zur_anfrage.pdf" });
    const firstRequests = fixture.requests.length;

    // Kurs edits the imported paper; the source renames it and adds a meeting.
    const [paper] = await t.database.query<{ id: string }>(
      "select id from paper where oparl_id is not null",
    );
    const edited = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/papers/${paper?.id}`,
      headers: admin,
      payload: { title: "Antwort auf Anfrage 1200/2014 (in Kurs ergänzt)" },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    fixture.change();

    const second = await runToEnd();
    const secondRequests = fixture.requests.slice(firstRequests);
    expect(second.lastRun).toMatchObject({ incremental: true });
    // Every list was asked with modified_since, and no single object was fetched again.
    const lists = secondRequests.filter((u) => /\/(organizations|meetings|papers)\/(\?|$)/.test(u));
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((u) => u.includes("modified_since="))).toBe(true);
    expect(secondRequests.length).toBeLessThan(firstRequests);
    expect(second.lastRun?.counts?.meetings).toMatchObject({ created: 1, updated: 0 });
    // Only the new paper's new file was fetched; the unchanged one was not fetched again.
    expect(downloads(firstRequests)).toEqual([
      expect.stringMatching(/\/files\/download\/57740\.pdf$/),
    ]);
    expect(second.lastRun?.counts?.files).toMatchObject({ created: 1, updated: 0 });
    expect(second.lastRun?.counts?.papers).toMatchObject({ conflict: 1, updated: 0 });
    expect(second.lastRun?.conflicts).toEqual([
      {
        paperId: paper?.id,
        oparlId: expect.stringMatching(/\/paper\//),
        title: "Antwort auf Anfrage 1200/2014 (in Kurs ergänzt)",
      },
    ]);
    // Kurs's version stays.
    const kept = (await t.app.inject({ url: `/api/v1/papers/${paper?.id}` })).json<{
      title: string;
    }>();
    expect(kept.title).toBe("Antwort auf Anfrage 1200/2014 (in Kurs ergänzt)");
    const meetings = (await t.app.inject({ url: "/api/v1/council" })).json<{
      meetings: { name: string }[];
    }>().meetings;
    expect(meetings.map((m) => m.name)).toContain("13. Sitzung des Rates");
  });

  it("a full run reads everything again; the conflict stays reported, never overwritten", async () => {
    const before = fixture.requests.length;
    const full = await runToEnd({ full: true });
    expect(full.lastRun?.incremental).toBe(false);
    expect(fixture.requests.slice(before).some((u) => u.includes("modified_since="))).toBe(false);
    expect(full.lastRun?.conflicts).toHaveLength(1);
    // Files not modified at the source since they were stored are not fetched again.
    expect(fixture.requests.slice(before).some((u) => u.includes("/files/download/"))).toBe(false);
    expect(full.lastRun?.counts?.files).toMatchObject({ created: 0, unchanged: 1 });
    const [audit] = await t.database.query<{ n: string }>(
      "select count(*) n from audit_event where action = 'oparl.source'",
    );
    expect(Number(audit?.n)).toBe(1);
  });
});
