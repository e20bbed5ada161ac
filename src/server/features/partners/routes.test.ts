import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnerList } from "../../../contract/partners";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * The partner form through the API: created and changed with an audit entry each; bad input
 * refused field by field, changing nothing; an unknown partner is 404; contacts only for the
 * signed-in.
 */
describe("network partners: create, change, refuse", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  const send = (method: "POST" | "PUT", url: string, payload: object, headers = editor) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers });
  const list = async () =>
    (await t.app.inject({ url: "/api/v1/partners", headers: editor })).json<PartnerList>().items;
  const auditCount = async (action: string) =>
    Number(
      (
        await t.database.query<{ n: string }>(
          "select count(*) n from audit_event where action = $1",
          [action],
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  it("creates a partner with its contact, audited; readers without an account see no contact", async () => {
    const created = await send("POST", "/partners", {
      name: "Caritasverband Nord",
      kind: "welfare",
      contactName: "Erika Muster",
      contactEmail: "beratung@caritas-nord.example",
      website: "https://caritas-nord.example",
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect(created.json()).toEqual({
      id,
      name: "Caritasverband Nord",
      kind: "welfare",
      isExample: false,
    });
    expect(await auditCount("partner.create")).toBe(1);
    const signedIn = await t.app.inject({ url: `/api/v1/partners/${id}`, headers: editor });
    expect(signedIn.json()).toMatchObject({
      contactName: "Erika Muster",
      contactEmail: "beratung@caritas-nord.example",
      measures: [],
    });
    const anonymous = await t.app.inject({ url: `/api/v1/partners/${id}` });
    expect(anonymous.json()).toMatchObject({ contactName: null, contactEmail: null });
    expect((await list()).map((p) => [p.name, p.measureCount])).toEqual([
      ["Caritasverband Nord", 0],
    ]);
  });

  it("changes a partner, audited with before and after; 404 for an unknown one", async () => {
    const [existing] = await list();
    const changed = await send("PUT", `/partners/${existing?.id}`, {
      name: "Caritasverband Nord e. V.",
      kind: "welfare",
      contactName: null,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: "Caritasverband Nord e. V." });
    const [entry] = await t.database.query<{ before: { name: string }; after: { name: string } }>(
      "select before, after from audit_event where action = 'partner.update'",
    );
    expect([entry?.before.name, entry?.after.name]).toEqual([
      "Caritasverband Nord",
      "Caritasverband Nord e. V.",
    ]);
    const unknown = await send("PUT", "/partners/00000000-0000-4000-8000-000000000000", {
      name: "Niemand",
      kind: "other",
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe("Diesen Netzwerkpartner gibt es nicht.");
  });

  it("refuses an empty name, an unknown kind and a malformed e-mail field by field, writing nothing", async () => {
    const before = await list();
    const refused = await send("POST", "/partners", {
      name: "  ",
      kind: "bank",
      contactEmail: "keine-adresse",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    const paths = refused.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths.sort()).toEqual(["contactEmail", "kind", "name"]);
    expect(await list()).toEqual(before);
    expect(await auditCount("partner.create")).toBe(1);
  });

  it("lets only the office create partners", async () => {
    const committee = await t.signIn("committee");
    const refused = await send("POST", "/partners", { name: "Verein", kind: "other" }, committee);
    expect(refused.statusCode).toBe(403);
  });
});
