import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureOptions } from "../../../contract/measures";
import type { Municipality } from "../../../contract/municipalities";
import { builtInCommittee, concept, municipality, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("municipalities: list, add, edit (AGS with the county's prefix), retire, import", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let partner: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    office = { ...(await t.signIn("coordinator")), "accept-language": "de-DE" };
    partner = await t.signIn("partner");
    await t.database.query(
      `update tenant set settings = settings || '{"agsPrefix":"03357"}'::jsonb where id = $1`,
      [t.tenantId],
    );
    // The county: three municipalities and an adopted concept the measures below serve.
    const scope = scopeOf(t);
    await municipality(scope, { name: "Kreisstadt", kind: "city", ags: "03357001" });
    await municipality(scope, { name: "Heidedorf", ags: "03357002" });
    await municipality(scope, { name: "Samtgemeinde Moor", kind: "jointMunicipality" });
    await concept(scope, { committeeId: (await builtInCommittee(scope)).id });
  });
  afterAll(async () => t?.close());

  const list = async () =>
    (await t.app.inject({ url: "/api/v1/municipalities", headers: office })).json<Municipality[]>();
  const auditActions = async (id: string) =>
    (
      await t.database.query<{ action: string }>(
        "select action from audit_event where entity_id = $1 order by occurred_at, action",
        [id],
      )
    ).map((r) => r.action);

  it("adds and edits a municipality; a key of another county or length is refused at the field in German", async () => {
    const before = await list();
    expect(before.map((m) => m.name)).toEqual(["Kreisstadt", "Heidedorf", "Samtgemeinde Moor"]);
    expect(before.every((m) => m.retiredAt === null)).toBe(true);
    const added = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities",
      headers: office,
      payload: { name: "Neudorf", kind: "municipality", ags: "03357099" },
    });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json<Municipality>().id;
    const foreign = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities",
      headers: office,
      payload: { name: "Fremdort", kind: "municipality", ags: "03358001" },
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors).toEqual([
      {
        path: "ags",
        message: "Der Gemeindeschlüssel beginnt nicht mit dem Schlüssel des Landkreises.",
      },
    ]);
    const short = await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${id}`,
      headers: office,
      payload: { name: "Neudorf", kind: "municipality", ags: "3357099" },
    });
    expect(short.statusCode).toBe(422);
    expect(short.json().errors).toEqual([
      { path: "ags", message: "Der Gemeindeschlüssel (AGS) hat genau 8 Ziffern." },
    ]);
    // Two problems at once: both fields named.
    const both = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities",
      headers: office,
      payload: { name: "neudorf", kind: "municipality", ags: "0335x099" },
    });
    expect(both.statusCode).toBe(422);
    expect(
      both
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["ags", "name"]);
    const renamed = await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${id}`,
      headers: office,
      payload: { name: "Neudorf (Wümme)", kind: "city", ags: null },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await list()).at(-1)).toMatchObject({
      name: "Neudorf (Wümme)",
      kind: "city",
      ags: null,
    });
    expect(await auditActions(id)).toEqual(["municipality.create", "municipality.update"]);
  });

  it("a partner may read but not edit or retire", async () => {
    const [first] = await list();
    const edit = await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${first?.id}/retired`,
      headers: partner,
      payload: { retired: true },
    });
    expect(edit.statusCode).toBe(403);
    expect((await list())[0]?.retiredAt).toBeNull();
  });

  it("retires a municipality: kept on its measures, not offered for new ones; it can be taken back", async () => {
    const options = async () =>
      (
        await t.app.inject({ url: "/api/v1/measures/options", headers: office })
      ).json<MeasureOptions>();
    const [target] = await list();
    if (!target) throw new Error("no municipality");
    const retired = await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${target.id}/retired`,
      headers: office,
      payload: { retired: true },
    });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json<Municipality>().retiredAt).not.toBeNull();
    // Retiring again changes nothing (no second audit record).
    await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${target.id}/retired`,
      headers: office,
      payload: { retired: true },
    });
    expect((await options()).municipalities.find((m) => m.id === target.id)?.retired).toBe(true);
    expect((await list()).find((m) => m.id === target.id)?.retiredAt).not.toBeNull();
    const back = await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${target.id}/retired`,
      headers: office,
      payload: { retired: false },
    });
    expect(back.json<Municipality>().retiredAt).toBeNull();
    expect((await options()).municipalities.find((m) => m.id === target.id)?.retired).toBe(false);
    // Created through the office's service (an audit record of its own), then retired and back.
    expect(await auditActions(target.id)).toEqual([
      "municipality.create",
      "municipality.retire",
      "municipality.unretire",
    ]);
    const missing = await t.app.inject({
      method: "PUT",
      url: "/api/v1/municipalities/00000000-0000-4000-8000-000000000000/retired",
      headers: office,
      payload: { retired: true },
    });
    expect(missing.statusCode).toBe(404);
  });

  it("a retired municipality stays on the measure that names it but is refused for a new one, at the field", async () => {
    const options = (
      await t.app.inject({ url: "/api/v1/measures/options", headers: office })
    ).json<MeasureOptions>();
    const place = options.municipalities.find((m) => !m.retired);
    if (!place) throw new Error("no active municipality");
    const body = {
      title: "Sprachcafé in der Gemeinde",
      measureTypeId: options.measureTypes[0]?.id,
      recommendationIds: [options.actionFields[0]?.goals[0]?.recommendations[0]?.id],
      municipalityIds: [place.id],
    };
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      headers: office,
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${place.id}/retired`,
      headers: office,
      payload: { retired: true },
    });
    const count = async () =>
      Number((await t.database.query<{ n: string }>("select count(*) n from measure"))[0]?.n);
    const before = await count();
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      headers: office,
      payload: { ...body, title: "Noch ein Sprachcafé" },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      { path: "municipalityIds.0", message: expect.stringContaining("ausgeschieden") },
    ]);
    expect(await count()).toBe(before);
    // The measure that named it already keeps it when edited.
    const kept = await t.app.inject({
      method: "PUT",
      url: `/api/v1/measures/${created.json().id}`,
      headers: office,
      payload: { ...body, title: "Sprachcafé in der Gemeinde (geändert)" },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    await t.app.inject({
      method: "PUT",
      url: `/api/v1/municipalities/${place.id}/retired`,
      headers: office,
      payload: { retired: false },
    });
  });

  it("imports a CSV all or nothing, naming every problem of every row", async () => {
    const before = (await list()).length;
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities/import",
      headers: office,
      payload: {
        format: "csv",
        content: "Name;AGS\nA-Dorf;03357101\nB-Dorf;0335710\n;03358102\nA-Dorf;03357103\n",
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toContain("nichts gespeichert");
    expect(bad.json().errors).toEqual([
      { path: "rows.3.AGS", message: "Der Gemeindeschlüssel (AGS) hat genau 8 Ziffern." },
      { path: "rows.4.Name", message: "Der Name fehlt." },
      {
        path: "rows.4.AGS",
        message: "Der Gemeindeschlüssel beginnt nicht mit dem Schlüssel des Landkreises.",
      },
      {
        path: "rows.5.Name",
        message: "Diese Kommune gibt es schon (oder sie steht doppelt in der Datei).",
      },
    ]);
    expect((await list()).length).toBe(before);
    const headerless = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities/import",
      headers: office,
      payload: { format: "csv", content: "Ort;Schlüssel\nA;1\n" },
    });
    expect(headerless.statusCode).toBe(422);
    expect(headerless.json().errors[0].path).toBe("content");
    const empty = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities/import",
      headers: office,
      payload: { format: "csv", content: "Name;AGS\n" },
    });
    expect(empty.statusCode).toBe(422);
    const good = await t.app.inject({
      method: "POST",
      url: "/api/v1/municipalities/import",
      headers: office,
      payload: { format: "csv", content: "Name;AGS\nA-Dorf;03357101\nB-Dorf;03357102\n" },
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json()).toEqual({ imported: 2 });
    expect((await list()).length).toBe(before + 2);
  });
});
