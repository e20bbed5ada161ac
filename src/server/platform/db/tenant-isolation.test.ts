import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInCommittee, concept, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { actionField, auditEvent, conceptVersion, tenant } from "./schema";
import { tenantDb } from "./tenant-scope";

describe("tenant isolation under row-level security", () => {
  let t: TestApp;
  const otherTenant = randomUUID();
  const otherVersion = randomUUID();
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    // The county's own concept: two action fields (testing/factories.ts).
    await concept(scopeOf(t), { committeeId: (await builtInCommittee(scopeOf(t))).id });
    // A second county, written as the owner (as `kurs tenant create` will).
    const db = t.database.db;
    await db.insert(tenant).values({ id: otherTenant, slug: "andere", name: "Landkreis Anders" });
    await db.insert(conceptVersion).values({
      tenantId: otherTenant,
      id: otherVersion,
      number: 1,
      title: "Fremdes Konzept",
      status: "draft",
    });
    await db.insert(actionField).values({
      tenantId: otherTenant,
      conceptVersionId: otherVersion,
      lineageId: randomUUID(),
      position: 1,
      title: "Fremdes Handlungsfeld",
    });
  });
  afterAll(async () => t?.close());

  it("a query that forgets its tenant filter still sees only its own tenant", async () => {
    const own = await tenantDb(t.database.db, t.tenantId).transaction((tx) =>
      tx.select({ tenantId: actionField.tenantId }).from(actionField),
    );
    expect(own).toHaveLength(2);
    expect(new Set(own.map((r) => r.tenantId))).toEqual(new Set([t.tenantId]));
    const tenants = await tenantDb(t.database.db, t.tenantId).transaction((tx) =>
      tx.select({ id: tenant.id }).from(tenant),
    );
    expect(tenants).toEqual([{ id: t.tenantId }]);
  });

  it("refuses to write a row for another tenant", async () => {
    await expect(
      tenantDb(t.database.db, t.tenantId).transaction((tx) =>
        tx.insert(actionField).values({
          tenantId: otherTenant,
          conceptVersionId: otherVersion,
          lineageId: randomUUID(),
          position: 2,
          title: "Eingeschleust",
        }),
      ),
    ).rejects.toThrow();
    const rows = await t.database.query(
      "select id from action_field where title = 'Eingeschleust'",
    );
    expect(rows).toHaveLength(0);
  });

  it("a guessed id of another tenant is simply not found through the API", async () => {
    const read = await t.app.inject({ url: `/api/v1/concept/versions/${otherVersion}` });
    expect(read.statusCode).toBe(404);
    const editor = await t.signIn("coordinator");
    const write = await t.app.inject({
      method: "POST",
      url: `/api/v1/concept/versions/${otherVersion}/goals`,
      payload: { actionFieldId: randomUUID(), title: "x" },
      headers: editor,
    });
    expect(write.statusCode).toBe(404);
  });

  it("without a tenant set, the app role sees nothing", async () => {
    const rows = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role kurs_app`);
      return tx.select().from(actionField);
    });
    expect(rows).toHaveLength(0);
  });

  it("every table with a tenant_id has row-level security and a policy", async () => {
    const rows = await t.database.query<{ table: string; rls: boolean; policies: string }>(
      `select c.relname as table, c.relrowsecurity as rls,
              (select count(*) from pg_policy p where p.polrelid = c.oid)::text as policies
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
               or c.relname = 'tenant')`,
    );
    expect(rows.length).toBeGreaterThan(10);
    const unprotected = rows.filter((r) => !r.rls || Number(r.policies) < 1).map((r) => r.table);
    expect(unprotected).toEqual([]);
  });
});

describe("the audit trail is append-only", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    // The county's own concept: two action fields (testing/factories.ts).
    await concept(scopeOf(t), { committeeId: (await builtInCommittee(scopeOf(t))).id });
  });
  afterAll(async () => t?.close());

  it("the app role may insert and read, never update or delete", async () => {
    const scope = tenantDb(t.database.db, t.tenantId);
    await scope.transaction((tx) =>
      tx.insert(auditEvent).values({
        tenantId: t.tenantId,
        actor: "test",
        action: "probe",
        entityType: "test",
      }),
    );
    await expect(
      scope.transaction((tx) => tx.execute(sql`update audit_event set actor = 'x'`)),
    ).rejects.toThrow();
    await expect(
      scope.transaction((tx) => tx.execute(sql`delete from audit_event`)),
    ).rejects.toThrow();
  });

  it("even the owner cannot update, delete or truncate it", async () => {
    for (const statement of [
      "update audit_event set actor = 'x'",
      "delete from audit_event",
      "truncate audit_event",
    ]) {
      await expect(t.database.exec(statement)).rejects.toThrow(/nur anfügbar/);
    }
    const rows = await t.database.query("select id from audit_event");
    expect(rows.length).toBeGreaterThan(0);
  });
});
