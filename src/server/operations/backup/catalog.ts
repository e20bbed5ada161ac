import { sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";

/** One application table as the backup sees it: what to copy, in which order, what to reset. */
export interface TableInfo {
  name: string;
  /** Columns that hold data (generated columns are left out: the database computes them). */
  columns: string[];
  /** Primary-key columns, for a stable row order (empty: order by the whole row). */
  primaryKey: string[];
  /** True when a foreign key points back into the same table (rows must load in one statement). */
  selfReferencing: boolean;
  /** Columns whose values come from a sequence (identity, serial) with that sequence's name. */
  sequences: { column: string; sequence: string }[];
}

/** Rows of a raw query run through drizzle, whichever driver is underneath. */
export async function rowsOf<T>(executor: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

const userTables = sql`
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`;

/**
 * All tables of the public schema (not those of extensions), parents before children, so that
 * inserting them in this order satisfies every foreign key. A cycle between different tables
 * cannot be restored without deferrable constraints, so it is refused here.
 */
export async function listTables(executor: Executor): Promise<TableInfo[]> {
  const columns = await rowsOf<{ table_name: string; column_name: string; generated: string }>(
    executor,
    sql`select c.relname as table_name, a.attname as column_name, a.attgenerated::text as generated
        from pg_attribute a join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where a.attrelid in (select c.oid ${userTables}) and a.attnum > 0 and not a.attisdropped
        order by c.relname, a.attnum`,
  );
  const keys = await rowsOf<{ table_name: string; column_name: string }>(
    executor,
    sql`select cl.relname as table_name, a.attname as column_name
        from pg_constraint con
        join pg_class cl on cl.oid = con.conrelid
        cross join lateral unnest(con.conkey) with ordinality as k(attnum, ord)
        join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
        where con.contype = 'p' and con.conrelid in (select c.oid ${userTables})
        order by cl.relname, k.ord`,
  );
  const foreignKeys = await rowsOf<{ table_name: string; referenced: string }>(
    executor,
    sql`select cl.relname as table_name, ref.relname as referenced
        from pg_constraint con
        join pg_class cl on cl.oid = con.conrelid
        join pg_class ref on ref.oid = con.confrelid
        where con.contype = 'f' and con.conrelid in (select c.oid ${userTables})`,
  );
  const sequences = await rowsOf<{ table_name: string; column_name: string; sequence: string }>(
    executor,
    sql`select * from (
          select c.relname as table_name, a.attname as column_name,
                 pg_get_serial_sequence(format('public.%I', c.relname), a.attname) as sequence
          from pg_attribute a join pg_class c on c.oid = a.attrelid
          where a.attrelid in (select c.oid ${userTables}) and a.attnum > 0 and not a.attisdropped
        ) s where sequence is not null order by table_name, column_name`,
  );

  const tables = new Map<string, TableInfo>();
  for (const row of columns) {
    const table = tables.get(row.table_name) ?? {
      name: row.table_name,
      columns: [],
      primaryKey: [],
      selfReferencing: false,
      sequences: [],
    };
    if (row.generated === "") table.columns.push(row.column_name);
    tables.set(row.table_name, table);
  }
  for (const row of keys) tables.get(row.table_name)?.primaryKey.push(row.column_name);
  for (const row of sequences) {
    tables.get(row.table_name)?.sequences.push({ column: row.column_name, sequence: row.sequence });
  }
  const parents = new Map<string, Set<string>>();
  for (const { table_name, referenced } of foreignKeys) {
    const table = tables.get(table_name);
    if (!table) continue;
    if (referenced === table_name) table.selfReferencing = true;
    else if (tables.has(referenced)) {
      parents.set(table_name, (parents.get(table_name) ?? new Set()).add(referenced));
    }
  }
  return sortParentsFirst([...tables.values()], parents);
}

/** Topological order (Kahn), ties broken by name so that every backup lists tables alike. */
function sortParentsFirst<T extends { name: string }>(
  tables: T[],
  parents: Map<string, Set<string>>,
): T[] {
  const remaining = new Map(tables.map((t) => [t.name, t]));
  const ordered: T[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining.values()]
      .filter((t) => [...(parents.get(t.name) ?? [])].every((p) => !remaining.has(p)))
      .sort((a, b) => a.name.localeCompare(b.name, "en"));
    if (ready.length === 0) {
      throw new Error(
        `Die Tabellen ${[...remaining.keys()].join(", ")} verweisen zyklisch aufeinander; ` +
          "eine Sicherung könnte nicht zurückgespielt werden.",
      );
    }
    for (const table of ready) {
      ordered.push(table);
      remaining.delete(table.name);
    }
  }
  return ordered;
}
