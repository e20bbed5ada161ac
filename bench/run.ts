import { mkdtempSync, rmSync } from "node:fs";
import { cpus, freemem, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildApp } from "../src/server/app";
import { type Database, openDatabase } from "../src/server/db/database";
import { seedRotenburg } from "../src/server/seed/seed";

/**
 * `npm run bench [-- --scenario NAME] [--seconds N]`: starts Kurs in-process on loopback, loads
 * it with autocannon (bounded in time) and prints a table. Scenarios so far: the overview API on
 * PGlite and, when BENCH_DATABASE_URL is set, on PostgreSQL (same run, so the ratio is fair).
 */
const { values } = parseArgs({
  options: {
    scenario: { type: "string" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

interface Row {
  scenario: string;
  database: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<Omit<Row, "scenario" | "database">> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function withServer<T>(database: Database, work: (base: string) => Promise<T>): Promise<T> {
  await database.migrate();
  await seedRotenburg(database.db, { examples: true });
  const app = await buildApp({ database, rateLimit: { read: 1e9, write: 1e9 } });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  try {
    return await work(base);
  } finally {
    await app.close();
    await database.close();
  }
}

const scenarios: Record<string, () => Promise<Row[]>> = {
  overview: async () => {
    const rows: Row[] = [];
    const dir = mkdtempSync(join(tmpdir(), "kurs-bench-"));
    try {
      const pglite = await openDatabase({ driver: "pglite", dataDir: join(dir, "pgdata") });
      rows.push({
        scenario: "overview",
        database: "pglite",
        ...(await withServer(pglite, (base) => load(`${base}/api/v1/overview`))),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const url = process.env.BENCH_DATABASE_URL;
    if (url) {
      const admin = await openDatabase({ driver: "postgres", url, poolSize: 1 });
      const name = `kurs_bench_${Date.now().toString(36)}`;
      await admin.exec(`create database ${name}`);
      try {
        const target = new URL(url);
        target.pathname = `/${name}`;
        const pg = await openDatabase({ driver: "postgres", url: target.toString() });
        rows.push({
          scenario: "overview",
          database: "postgres",
          ...(await withServer(pg, (base) => load(`${base}/api/v1/overview`))),
        });
      } finally {
        await admin.exec(`drop database if exists ${name} with (force)`);
        await admin.close();
      }
    }
    return rows;
  },
};

const selected = values.scenario ? [values.scenario] : Object.keys(scenarios);
const rows: Row[] = [];
for (const name of selected) {
  const scenario = scenarios[name];
  if (!scenario)
    throw new Error(`Unknown scenario ${name}; known: ${Object.keys(scenarios).join(", ")}`);
  rows.push(...(await scenario()));
}
console.log(
  `\nKurs bench — ${new Date().toISOString()} — ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free) — ${connections} connections, ${seconds} s each\n`,
);
console.log("| scenario | database | req/s | p50 ms | p99 ms | errors |");
console.log("|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(
    `| ${r.scenario} | ${r.database} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} |`,
  );
}
const pg = rows.find((r) => r.database === "postgres");
const lite = rows.find((r) => r.database === "pglite");
if (pg && lite) {
  console.log(
    `\nPGlite / PostgreSQL throughput ratio (overview): ${(lite.requestsPerSecond / pg.requestsPerSecond).toFixed(2)}`,
  );
}
