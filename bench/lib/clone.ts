import pg from "pg";

export interface CloneTarget {
  /** Tenant id of the county to copy. */
  source: string;
  slug: string;
  name: string;
}

/**
 * Copies counties as new tenants, all at once: one INSERT … SELECT per table for all copies.
 * This works because every primary key, unique constraint and foreign key leads with tenant_id
 * (src/server/platform/db/tenant-keys.test.ts): a copy keeps the row ids of its source under its own
 * tenant id. Identity columns (audit ids, booking sequence) are numbered afresh in the source's
 * order. Runs as the owner (a superuser on the bench server) with foreign-key triggers off for the
 * one transaction (session_replication_role = replica), so the tables may be filled in any order;
 * the copies are exactly as consistent as their sources. For the bench only.
 */
export async function cloneCounties(url: string, targets: CloneTarget[]): Promise<string[]> {
  if (targets.length === 0) return [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await clone(client, targets);
  } finally {
    await client.end();
  }
}

async function clone(client: pg.Client, targets: CloneTarget[]): Promise<string[]> {
  const query = async <T>(text: string, params: unknown[] = []) =>
    (await client.query(text, params)).rows as T[];
  const columns = await query<{ table: string; column: string; skip: boolean }>(
    `select c.relname as "table", a.attname as "column",
            (a.attidentity <> '' or a.attgenerated <> '') as skip
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute t where t.attrelid = c.oid and t.attname = 'tenant_id' and not t.attisdropped)
      order by c.relname, a.attnum`,
  );
  const tables = new Map<string, { column: string; skip: boolean }[]>();
  for (const c of columns) {
    const list = tables.get(c.table) ?? [];
    list.push({ column: c.column, skip: c.skip });
    tables.set(c.table, list);
  }
  const tenantColumns = (
    await query<{ column: string }>(
      `select a.attname as "column" from pg_attribute a
        where a.attrelid = 'public.tenant'::regclass and a.attnum > 0 and not a.attisdropped
        order by a.attnum`,
    )
  ).map((c) => c.column);
  const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const values = targets.map((_, i) => `($${3 * i + 1}::uuid, $${3 * i + 2}, $${3 * i + 3})`);
  const params = targets.flatMap((t) => [t.source, t.slug, t.name]);
  const statements = [
    "begin",
    "set local session_replication_role = replica",
    `create temp table clone_map on commit drop as
       select src, gen_random_uuid() as dst, slug, name from (values ${values.join(", ")}) v(src, slug, name)`,
    `insert into tenant (${tenantColumns.map(q).join(", ")})
     select ${tenantColumns
       .map((c) =>
         c === "id" ? "m.dst" : c === "slug" ? "m.slug" : c === "name" ? "m.name" : `t.${q(c)}`,
       )
       .join(", ")}
       from tenant t join clone_map m on m.src = t.id`,
  ];
  for (const [table, cols] of tables) {
    const kept = cols.filter((c) => !c.skip);
    const identity = cols.find((c) => c.skip);
    statements.push(
      `insert into ${q(table)} (${kept.map((c) => q(c.column)).join(", ")})
       select ${kept.map((c) => (c.column === "tenant_id" ? "m.dst" : `x.${q(c.column)}`)).join(", ")}
         from ${q(table)} x join clone_map m on m.src = x.tenant_id
         ${identity ? `order by m.slug, x.${q(identity.column)}` : ""}`,
    );
  }
  statements.push("select dst::text as id from clone_map order by slug");
  let last: { id: string }[] = [];
  try {
    for (const [i, statement] of statements.entries()) {
      last = await query<{ id: string }>(statement, i === 2 ? params : []);
    }
    await query("commit");
  } catch (error) {
    await query("rollback");
    throw error;
  }
  return last.map((r) => r.id);
}
