import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * A CHECK condition that the column holds one of the values of a list from src/domain (the one
 * home of each value list): `"column" in ('a', 'b')`. The values are code constants, never input.
 */
export function oneOf(column: AnyColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", "))})`;
}
