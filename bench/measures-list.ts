/**
 * Runs the measures-list scenario alone: npx tsx bench/measures-list.ts [DATABASE_URL]
 * (without a URL: in-memory PGlite; with one: that database, which it migrates and seeds).
 */
import { measureListRows } from "./scenarios/measures-list";

for (const row of await measureListRows(process.argv[2] ?? null, console.log))
  console.log(`${row.label}: ${JSON.stringify(row.metrics)}`);
