import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDriver } from "../../../testing/test-database";
import { preparedPerConnection } from "./named-statements";

/** Only PostgreSQL prepares named statements per connection (PGlite has none to compare). */
describe.skipIf(testDriver() !== "postgres")("named statements (PostgreSQL)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: false });
  });
  afterAll(async () => {
    await database.close();
  });

  type Tx = Parameters<Parameters<TestDatabase["db"]["transaction"]>[0]>[0];
  /** The rows of one statement on a transaction's connection. */
  const rowsOf = async <T>(tx: Tx, query: ReturnType<typeof sql>) =>
    (await tx.execute(query)) as unknown as { rows: T[] };

  /** What one connection has prepared, and the answers of `statements` run on it. */
  async function onOneConnection(statements: (number | string)[]) {
    return database.db.transaction(async (tx) => {
      const answers: unknown[] = [];
      for (const value of statements)
        answers.push((await rowsOf(tx, sql`select ${value}::text as v`)).rows[0]);
      const prepared = (
        await rowsOf<{ statement: string }>(
          tx,
          sql`select statement from pg_prepared_statements where ${1} = 1`,
        )
      ).rows;
      return { answers, prepared: prepared.map((p) => p.statement) };
    });
  }

  it("prepares a parameterised statement once and answers each call with its own values", async () => {
    const { answers, prepared } = await onOneConnection(["a", "b", 3]);
    expect(answers).toEqual([{ v: "a" }, { v: "b" }, { v: "3" }]);
    expect(prepared.filter((s) => s.includes("::text as v"))).toHaveLength(1);
  });

  it("keeps BEGIN, COMMIT and statements without parameters unprepared", async () => {
    const { prepared } = await onOneConnection([]);
    expect(prepared.some((s) => /^\s*(begin|commit)/i.test(s))).toBe(false);
    await database.exec("select 1; select 2");
  });

  it("prepares at most the limit per connection; later texts still run", async () => {
    const rows = await database.db.transaction(async (tx) => {
      const sums: unknown[] = [];
      // Distinct texts (the constant is part of the text), one parameter each.
      for (let i = 0; i < preparedPerConnection + 5; i++)
        sums.push((await rowsOf(tx, sql`select ${i}::int + ${sql.raw(String(i))} as v`)).rows[0]);
      const count = await rowsOf<{ n: number }>(
        tx,
        sql`select count(*)::int as n from pg_prepared_statements where ${1} = 1`,
      );
      return { sums, n: count.rows[0]?.n };
    });
    expect(rows.sums.at(-1)).toEqual({ v: 2 * (preparedPerConnection + 4) });
    expect(rows.n).toBe(preparedPerConnection);
  });
});
