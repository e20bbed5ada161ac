import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";

/**
 * The precondition for distributing Kurs by county (Citus, docs/scaling.md): every table carries
 * tenant_id, and every primary key, unique constraint, unique index and foreign key leads with
 * it, so that each key and each join stays inside one county's shard. The only exception is the
 * tenant table itself, whose id *is* the distribution value (it becomes a distributed table on
 * id, or a reference table); reference tables would be listed here.
 */
const tenantTable = "tenant";
const referenceTables: string[] = [];

describe("every key leads with tenant_id (ready to distribute by county)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: false });
  });
  afterAll(async () => database?.close());

  const tables = () =>
    database.query<{ table: string; has_tenant: boolean }>(
      `select c.relname as table,
              exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as has_tenant
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );

  it("every table has a tenant_id column (except tenant itself)", async () => {
    const all = await tables();
    expect(all.length).toBeGreaterThan(20);
    const without = all
      .filter((t) => !t.has_tenant)
      .map((t) => t.table)
      .filter((t) => t !== tenantTable && !referenceTables.includes(t));
    expect(without).toEqual([]);
  });

  it("every primary key, unique constraint and unique index starts with tenant_id", async () => {
    const keys = await database.query<{ table: string; name: string; first: string | null }>(
      `select t.relname as table, i.relname as name,
              (select a.attname from pg_attribute a where a.attrelid = t.oid and a.attnum = x.indkey[0]) as first
         from pg_index x
         join pg_class i on i.oid = x.indexrelid
         join pg_class t on t.oid = x.indrelid
         join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and (x.indisunique or x.indisprimary)`,
    );
    expect(keys.length).toBeGreaterThan(20);
    const wrong = keys.filter((k) =>
      k.table === tenantTable ? !["id", "slug"].includes(k.first ?? "") : k.first !== "tenant_id",
    );
    expect(wrong).toEqual([]);
    // The tenant table's own keys: id (the distribution value) and the slug, which is global by
    // design (it picks the county); with Citus the tenant table becomes a reference table.
  });

  it("every foreign key starts with tenant_id on both sides (or is tenant_id → tenant.id)", async () => {
    const fks = await database.query<{
      table: string;
      name: string;
      first: string;
      target: string;
      target_first: string;
      columns: number;
    }>(
      `select c.conrelid::regclass::text as table, c.conname as name,
              (select attname from pg_attribute where attrelid = c.conrelid and attnum = c.conkey[1]) as first,
              c.confrelid::regclass::text as target,
              (select attname from pg_attribute where attrelid = c.confrelid and attnum = c.confkey[1]) as target_first,
              array_length(c.conkey, 1) as columns
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = 'public' and c.contype = 'f'`,
    );
    expect(fks.length).toBeGreaterThan(30);
    const wrong = fks.filter((f) => {
      if (f.first !== "tenant_id") return true;
      if (f.target === tenantTable) return !(f.target_first === "id" && f.columns === 1);
      return f.target_first !== "tenant_id";
    });
    expect(wrong).toEqual([]);
  });
});
