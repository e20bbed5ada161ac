import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../contract/audit";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("audit trail page API", () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    admin = await t.signIn("admin");
    editor = await t.signIn("coordinator");
    await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: { title: "=cmd|' /C calc'!A0" },
      headers: editor,
    });
  });
  afterAll(async () => t?.close());

  it("filters by entity, person and time", async () => {
    const all = (await t.app.inject({ url: "/api/v1/audit", headers: admin })).json<AuditEvent[]>();
    // The county's creation, the accounts and the draft.
    expect(all.map((e) => e.action)).toEqual(
      expect.arrayContaining(["create", "user.create", "conceptVersion.createDraft"]),
    );
    const drafts = (
      await t.app.inject({ url: "/api/v1/audit?entityType=conceptVersion", headers: admin })
    ).json<AuditEvent[]>();
    expect(drafts).toHaveLength(1);
    const who = drafts[0]?.actorEmail ?? "";
    expect(who).toMatch(/^coordinator-.*@example\.org$/);
    const byPerson = (
      await t.app.inject({
        url: `/api/v1/audit?actor=${encodeURIComponent(who.toUpperCase())}`,
        headers: admin,
      })
    ).json<AuditEvent[]>();
    // The coordinator signed in (user.login, newest first) and started the draft: nothing else.
    expect(byPerson.map((e) => e.action).sort()).toEqual([
      "conceptVersion.createDraft",
      "user.login",
    ]);
    const future = (
      await t.app.inject({ url: "/api/v1/audit?from=2999-01-01", headers: admin })
    ).json<AuditEvent[]>();
    expect(future).toEqual([]);
    const bad = await t.app.inject({ url: "/api/v1/audit?from=gestern", headers: admin });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("query.from");
  });

  it("exports CSV with formula injection defused", async () => {
    const response = await t.app.inject({
      url: "/api/v1/audit.csv?entityType=conceptVersion",
      headers: admin,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toContain("attachment");
    const [header, row] = response.body.replace("\uFEFF", "").split("\r\n");
    expect(header).toBe("Nr;Zeitpunkt;Wer;E-Mail;Aktion;Objektart;Objekt;Vorher;Nachher;Anfrage");
    expect(row).toContain("conceptVersion.createDraft");
    // The title sits inside the JSON of "Nachher", so the cell starts with "{", not "=".
    expect(row?.split(";").some((cell) => /^["']?=/.test(cell))).toBe(false);
  });

  it("is for admins only", async () => {
    expect((await t.app.inject({ url: "/api/v1/audit", headers: editor })).statusCode).toBe(403);
    expect((await t.app.inject({ url: "/api/v1/audit" })).statusCode).toBe(401);
  });
});
