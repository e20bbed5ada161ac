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
  const list = sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", "));
  const condition = options.orNull
    ? sql`${column} is null or ${column} in (${list})`
    : sql`${column} in (${list})`;
  listOfCheck.set(condition, values);
  return check(name, condition);
}

/** The domain list a CHECK was built from by `valueCheck`, or undefined. */
export function valueListOf(condition: SQL): readonly string[] | undefined {
  return listOfCheck.get(condition);
}
