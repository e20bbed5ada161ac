import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import * as schema from "./schema";
import { valueListOf } from "./schema/value-check";

/**
 * One list per vocabulary: a CHECK constraint that names fixed values is built from the list in
 * src/domain (`schema/value-check.ts`), and the migrated database enforces exactly that list. A
 * value added to a domain list without a migration, or a migration that changes a CHECK without
 * the list, fails here.
 */

/**
 * CHECKs in the database that name fixed values but are not (yet) built from a domain list,
 * each with the reason. Anything else that lists values must come from `valueCheck`.
 */
const notFromDomainList: Record<string, string> = {
  // Not (yet) from a domain list: a rule of the follow-ups and the grants' states.
  resolution_follow_up_closed_ck: "council (a rule: closed states need a date)",
  grant_programme_financing_ck: "grants",
  grant_payment_request_state_ck: "grants",
  grant_proof_of_use_state_ck: "grants",
  // Rules that name some values of a list, not lists.
  booking_approval_ck: "a rule: supplements and carry-overs need an approval",
};

interface DatabaseCheck {
  table: string;
  name: string;
  definition: string;
}

/** The quoted values of a CHECK as PostgreSQL prints it: `(kind = ANY (ARRAY['a'::text, …]))`. */
function valuesOf(definition: string): string[] {
  return [...definition.matchAll(/'((?:[^']|'')*)'::text/g)].map((m) =>
    (m[1] ?? "").replaceAll("''", "'"),
  );
}

/** Constraint name → the domain list it was built from, for every table of the schema. */
function domainChecks(): Map<string, { table: string; values: readonly string[] }> {
  const checks = new Map<string, { table: string; values: readonly string[] }>();
  for (const table of Object.values(schema)) {
    if (!is(table, PgTable)) continue;
    const config = getTableConfig(table);
    for (const check of config.checks) {
      const values = valueListOf(check.value);
      if (values) checks.set(check.name, { table: config.name, values });
    }
  }
  return checks;
}

describe("every fixed value list in the database is a list of src/domain", () => {
  let database: TestDatabase;
  let inDatabase: DatabaseCheck[];
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: false });
    inDatabase = await database.query<DatabaseCheck>(
      `select t.relname as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
         from pg_constraint c
         join pg_class t on t.oid = c.conrelid
         join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and c.contype = 'c'
        order by 1, 2`,
    );
  });
  afterAll(async () => database?.close());

  it("each CHECK built from a domain list allows exactly that list, in its order", () => {
    const expected = domainChecks();
    expect(expected.size).toBeGreaterThanOrEqual(20);
    for (const [name, { table, values }] of expected) {
      const found = inDatabase.find((c) => c.name === name);
      expect(found, `CHECK ${name} is missing in the migrated database`).toBeDefined();
      expect(found?.table).toBe(table);
      expect(valuesOf(found?.definition ?? ""), name).toEqual([...values]);
    }
  });

  it("no CHECK names fixed values without a domain list (or a stated reason)", () => {
    const fromDomain = domainChecks();
    const listing = inDatabase.filter((c) => /(ANY|ALL) \(ARRAY\[/.test(c.definition));
    expect(listing.length).toBeGreaterThan(fromDomain.size);
    const unexplained = listing
      .map((c) => c.name)
      .filter((name) => !fromDomain.has(name) && !(name in notFromDomainList));
    expect(unexplained).toEqual([]);
    const stale = Object.keys(notFromDomainList).filter(
      (name) => !listing.some((c) => c.name === name) || fromDomain.has(name),
    );
    expect(stale, "exceptions that no longer apply").toEqual([]);
  });

  it("reads the values of a CHECK as PostgreSQL prints it", () => {
    expect(
      valuesOf("CHECK ((kind = ANY (ARRAY['own'::text, 'it''s'::text, 'de-x-ls'::text])))"),
    ).toEqual(["own", "it's", "de-x-ls"]);
  });
});
