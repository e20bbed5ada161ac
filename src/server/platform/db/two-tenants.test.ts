import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieFrom, testOrigin, testPassword } from "../../../testing/test-app";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import { buildApp } from "../../app";
import { seedRotenburg } from "../../operations/seed/seed";
import { createUser } from "../auth/accounts";
import { resolveDefaultTenant } from "../tenancy/request-context";
import { tenantDb } from "./tenant-scope";

const idsPerTable = 2;

/** Ids and row counts of one tenant, over every table that has a tenant_id. */
async function footprint(database: TestDatabase, tenantId: string) {
  const tables = await database.query<{ table_name: string; has_id: boolean }>(
    `select c.table_name,
            exists (select 1 from information_schema.columns i
                     where i.table_schema = 'public' and i.table_name = c.table_name and i.column_name = 'id') as has_id
       from information_schema.columns c
      where c.table_schema = 'public' and c.column_name = 'tenant_id'
      order by c.table_name`,
  );
  const ids: string[] = [];
  /** A few ids of every table: each route is tried with ids of every kind of row. */
  const sample: string[] = [];
  const counts: Record<string, number> = {};
  for (const { table_name, has_id } of tables) {
    const rows = await database.query<{ id?: string }>(
      `select ${has_id ? "id::text as id" : "1 as one"} from ${table_name} where tenant_id = $1`,
      [tenantId],
    );
    counts[table_name] = rows.length;
    const tableIds = rows.flatMap((row) =>
      typeof row.id === "string" && row.id.length === 36 ? [row.id] : [],
    );
    ids.push(...tableIds);
    sample.push(...tableIds.slice(0, idsPerTable));
  }
  return { ids, sample, counts };
}

describe("two counties with the same data in one database", () => {
  let database: TestDatabase;
  let appA: Awaited<ReturnType<typeof buildApp>>;
  let appB: Awaited<ReturnType<typeof buildApp>>;
  let tenantB = "";
  let adminA: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedRotenburg(database.db, {
      examples: true,
      tenant: { slug: "zwilling", name: "Landkreis Zwilling" },
    });
    tenantB = (await resolveDefaultTenant(database.db, "zwilling")) ?? "";
    appA = await buildApp({ database, tenantSlug: "rotenburg", loginRateLimit: 1000 });
    appB = await buildApp({ database, tenantSlug: "zwilling", loginRateLimit: 1000 });
    const tenantA = (await resolveDefaultTenant(database.db, "rotenburg")) ?? "";
    await createUser(
      tenantDb(database.db, tenantA),
      { email: "koordination@example.org", role: "coordinator", password: testPassword },
      { actor: "test" },
    );
    const login = await appA.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "koordination@example.org", password: testPassword },
      headers: { origin: testOrigin },
    });
    adminA = { cookie: sessionCookieFrom(login.headers["set-cookie"]), origin: testOrigin };
  });
  afterAll(async () => {
    await appA.close();
    await appB.close();
    await database.close();
  });

  it("no route of county A returns or changes county B's rows, even with B's ids", async () => {
    const before = await footprint(database, tenantB);
    expect(before.ids.length).toBeGreaterThan(20);
    const spec = (await appA.inject({ url: "/api/openapi.json" })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const bodies: string[] = [];
    for (const [path, methods] of Object.entries(spec.paths)) {
      if (!path.startsWith("/api/v1/")) continue;
      for (const method of Object.keys(methods)) {
        const targets = path.includes("{") ? before.sample : [""];
        for (const id of targets) {
          const response = await appA.inject({
            method: method.toUpperCase() as never,
            url: path.replace(/\{\w+\}/g, id),
            headers: adminA,
            ...(method === "get" ? {} : { payload: { actionFieldId: id, title: "Übergriff" } }),
          });
          expect(response.statusCode, `${method} ${path} ${id}`).not.toBe(500);
          if (path.includes("{"))
            expect(response.statusCode, `${method} ${path}`).toBeGreaterThanOrEqual(400);
          bodies.push(response.body);
        }
      }
    }
    const leaked = before.ids.filter((id) => bodies.some((body) => body.includes(id)));
    expect(leaked).toEqual([]);
    const after = await footprint(database, tenantB);
    expect(after.counts).toEqual(before.counts);
  }, 240_000); // every route, twice: minutes when the machine is busy

  it("a session of county A is worthless at county B", async () => {
    const me = await appB.inject({ url: "/api/v1/auth/me", headers: adminA });
    expect(me.json()).toEqual({ user: null, mfaVerified: false });
    const write = await appB.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: {},
      headers: adminA,
    });
    expect(write.statusCode).toBe(401);
  });
});
