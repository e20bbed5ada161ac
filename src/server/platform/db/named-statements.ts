import type pg from "pg";

/**
 * How many statements one connection keeps prepared. Kurs sends a bounded set of statement
 * texts (its queries differ only in their parameters, or in the length of an IN list), so a
 * connection reaches the limit only after many list lengths; texts past it run unprepared as
 * before. Each prepared statement costs the server some memory per connection (pool of 10).
 */
export const preparedPerConnection = 200;

type QueryConfig = { text?: unknown; name?: unknown; values?: unknown };

/**
 * Lets a PostgreSQL connection prepare each parameterised statement once, under a name of its
 * own, and run it by name after that (PostgreSQL then parses and plans it once per connection
 * instead of for every call; drizzle sends every query unnamed). Statements without parameters
 * (BEGIN, COMMIT, migrations, several statements in one text) stay unnamed: only the extended
 * protocol can prepare, and it takes one statement.
 */
export function nameStatements(client: pg.PoolClient, limit = preparedPerConnection): void {
  const names = new Map<string, string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (...args: unknown[]) => {
    const [config, values] = args as [QueryConfig | string, unknown];
    if (
      config !== null &&
      typeof config === "object" &&
      typeof config.text === "string" &&
      config.name === undefined &&
      ((Array.isArray(values) && values.length > 0) ||
        (Array.isArray(config.values) && config.values.length > 0))
    ) {
      let name = names.get(config.text);
      if (name === undefined && names.size < limit) {
        name = `kurs_${names.size}`;
        names.set(config.text, name);
      }
      if (name !== undefined) return query({ ...config, name }, ...args.slice(1));
    }
    return query(...args);
  };
  client.query = named as typeof client.query;
}
