import { type SQL, sql } from "drizzle-orm";
import { check } from "drizzle-orm/pg-core";

/** The domain list behind each CHECK built here (keyed by its SQL), read by the catalogue test. */
const listOfCheck = new WeakMap<SQL, readonly string[]>();

/**
 * A CHECK constraint `column in ('a', 'b', …)` written from a value list of `src/domain`, so the
 * database accepts exactly the values the domain, the API and the web forms know. The text is the
 * same as the hand-written constraints of the earlier migrations, so drizzle-kit sees no change.
 */
export function valueCheck(
  name: string,
  column: unknown,
  values: readonly string[],
  options: { orNull?: boolean } = {},
) {
  const condition = options.orNull
    ? sql`${column} is null or ${inList(column, values)}`
    : inList(column, values);
  listOfCheck.set(condition, values);
  return check(name, condition);
}

/**
 * `column in ('a', 'b', …)` for a list of `src/domain`, for conditions that say more than the
 * list (e.g. "closed states need a date"). The values are code constants, never input.
 */
export function inList(column: unknown, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", "))})`;
}

/** The domain list a CHECK was built from by `valueCheck`, or undefined. */
export function valueListOf(condition: SQL): readonly string[] | undefined {
  return listOfCheck.get(condition);
}
