import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Municipality } from "../../contract/municipalities";
import { createTestApp, type TestApp } from "../testing/test-app";

describe("municipalities: list, add, edit (AGS with the county's prefix), import", () => {
  let t: TestApp;
  let office: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    office = { ...(await t.signIn("coordinator")), "accept-language": "de-DE" };
    await t.database.query(
      `update tenant set settings = settings || '{"agsPrefix":"03357"}'::jsonb where id = $1`,
      [t.tenantId],
    );
  });
  afterAll(async () => t?.close());

  const list = async () =>
    (await t.app.inject({ url: "/api/v1/municipalities" })).json<Municipality[]>();

  it("adds and edits a municipality; a key of another county or length is refused at the field", async () => {
    const before = await list();
    expect(before.length).toBe(13);
    const added = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities",
      headers: office,
      payload: { name: "Neudorf", kind: "municipality", ags: "03357099" },
    });
    expect(added.statusCode, added.body).toBe(201);
    const foreign = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities",
      headers: office,
      payload: { name: "Fremdort", kind: "municipality", ags: "03358001" },
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0].path).toBe("ags");
    const short = await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${added.json<Municipality>().id}`,
      headers: office,
      payload: { name: "Neudorf", kind: "municipality", ags: "3357099" },
    });
    expect(short.statusCode).toBe(400);
    const renamed = await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${added.json<Municipality>().id}`,
      headers: office,
      payload: { name: "Neudorf (Wümme)", kind: "city", ags: null },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await list()).at(-1)).toMatchObject({
      name: "Neudorf (Wümme)",
      kind: "city",
      ags: null,
    });
  });

  it("imports a CSV all or nothing", async () => {
    const before = (await list()).length;
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities/import",
      headers: office,
      payload: { format: "csv", content: "Name;AGS\nA-Dorf;03357101\nB-Dorf;0335710\n" },
    });
    expect(bad.statusCode).toBe(422);
    expect((await list()).length).toBe(before);
    const good = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities/import",
      headers: office,
      payload: { format: "csv", content: "Name;AGS\nA-Dorf;03357101\nB-Dorf;03357102\n" },
    });
    expect(good.statusCode, good.body).toBe(201);
    expect((await list()).length).toBe(before + 2);
  });
});
