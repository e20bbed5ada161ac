/**
 * Profiles a database hot path in this process: the CPU profile of Node (V8's sampling profiler,
 * only while the path runs, not while the data is set up) and every statement sent to PostgreSQL
 * (count, time from send to answer as node-postgres sees it). For issue 25: why a booking or the
 * uncached overview is slower than the database alone.
 *
 *   npx tsx bench/profile-db-paths.ts bookings [--seconds 10] [--funds 8]
 *   npx tsx bench/profile-db-paths.ts overview [--runs 30] [--keep | --database NAME]
 *
 * bookings: the bookings scenario's case (bench/scenarios/bookings.ts, 8 clients) on a fresh
 * database. overview: getOverview without its cache on a copy of the large county (built once;
 * `--keep` keeps the copy and prints its name, `--database NAME` reuses it), `--runs` one after
 * the other, then the raw SQL of the bench scenario (bench/lib/overview-sql.ts) as many times.
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * `--cpuprofile FILE` also writes the profile for Chrome's DevTools.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase } from "../src/server/platform/db/database";
import { tenantDb } from "../src/server/platform/db/tenant-scope";
import { getOverview } from "../src/server/read-models/overview/service";
import { dropLargeCountyTemplate, largeCountyDatabase } from "./lib/data";
import { createPostgresDatabase, today } from "./lib/kurs";
import { overviewSql } from "./lib/overview-sql";
import { measureBookings } from "./scenarios/bookings";

const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

// ---- statements: every query a pg client sends, by text -------------------------------------

type Statement = { count: number; ms: number; rows: number };
const statements = new Map<string, Statement>();
let tracing = false;
const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function traced(this: pg.Client, ...args: unknown[]) {
  if (!tracing) return original.apply(this, args);
  const first = args[0] as string | { text?: string };
  const text = (typeof first === "string" ? first : (first?.text ?? "?"))
    .replace(/\s+/g, " ")
    .trim();
  const t0 = performance.now();
  const done = (rows: number) => {
    const s = statements.get(text) ?? { count: 0, ms: 0, rows: 0 };
    s.count++;
    s.ms += performance.now() - t0;
    s.rows += rows;
    statements.set(text, s);
  };
  const rowsOf = (r: unknown) => (r as { rowCount?: number } | undefined)?.rowCount ?? 0;
  const last = args.at(-1);
  if (typeof last === "function") {
    args[args.length - 1] = (error: unknown, result: unknown) => {
      done(rowsOf(result));
      (last as (e: unknown, r: unknown) => void)(error, result);
    };
    return original.apply(this, args);
  }
  const result = original.apply(this, args) as Promise<unknown> | undefined;
  return result?.then((r) => {
    done(rowsOf(r));
    return r;
  });
} as typeof pg.Client.prototype.query;

function printStatements(per: number, unit: string) {
  const list = [...statements.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const calls = list.reduce((n, [, s]) => n + s.count, 0);
  const ms = list.reduce((n, [, s]) => n + s.ms, 0);
  console.log(
    `\nstatements: ${calls} calls = ${(calls / per).toFixed(1)} per ${unit}, ${(ms / per).toFixed(2)} ms per ${unit} (sum over connections, send to answer)`,
  );
  console.log(`| per ${unit} | ms per ${unit} | ms per call | rows per call | statement |`);
  console.log("|---:|---:|---:|---:|---|");
  for (const [text, s] of list)
    console.log(
      `| ${(s.count / per).toFixed(2)} | ${(s.ms / per).toFixed(3)} | ${(s.ms / s.count).toFixed(3)} | ${(s.rows / s.count).toFixed(1)} | \`${text.slice(0, 150).replace(/\|/g, "\\|")}\` |`,
    );
}

// ---- CPU profile: self time by function and by package --------------------------------------

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples?: number[] };

const session = new Session();
async function startProfile() {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
}

function packageOf(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1] as string;
  const src = /\/(src\/[^/]+\/[^/]+|bench\/[^/]+)/.exec(url);
  if (src) return src[1] as string;
  return url.startsWith("node:") ? "node (built-in)" : url ? url : "(V8: gc, idle, program)";
}

async function stopProfile(file: string | undefined) {
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  if (file) writeFileSync(file, JSON.stringify(profile));
  const total = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0);
  const ms = (profile.endTime - profile.startTime) / 1000;
  const share = (hits: number) => `${((100 * hits) / total).toFixed(1)} %`;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url.replace(/^.*\/(node_modules|src|bench)\//, "$1/");
    const key = `${functionName || "(anonymous)"} ${where ? `${where}:${lineNumber + 1}` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    const pack = packageOf(url);
    byPackage.set(pack, (byPackage.get(pack) ?? 0) + hits);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\nCPU profile: ${ms.toFixed(0)} ms wall, ${total} samples`);
  console.log("| self | package or folder |\n|---:|---|");
  for (const [k, v] of top(byPackage, 15)) console.log(`| ${share(v)} | ${k} |`);
  console.log("\n| self | function |\n|---:|---|");
  for (const [k, v] of top(byFunction, 25)) console.log(`| ${share(v)} | \`${k}\` |`);
}

// ---- the paths ------------------------------------------------------------------------------

async function profileBookings() {
  const seconds = Number(arg("seconds") ?? 10);
  const funds = Number(arg("funds") ?? 8);
  process.env.KURS_TODAY = "2024-11-15"; // the seed's fiscal year, as in the scenario
  const bench = await createPostgresDatabase(serverUrl, "profile_bookings", 8);
  let cpu = process.cpuUsage();
  try {
    const result = await measureBookings(bench.database, seconds, 8, {
      funds,
      measuring: async () => {
        tracing = true;
        await startProfile();
        cpu = process.cpuUsage();
      },
    });
    const used = process.cpuUsage(cpu);
    tracing = false;
    await stopProfile(arg("cpuprofile"));
    console.log(`\nbookings: ${JSON.stringify(result)} (${funds} funds, 8 clients)`);
    console.log(
      `Node CPU (user + system) per booking: ${((used.user + used.system) / 1000 / result.bookings).toFixed(2)} ms`,
    );
    printStatements(result.bookings, "booking");
  } finally {
    await bench.drop();
  }
}

async function profileOverview() {
  const runs = Number(arg("runs") ?? 30);
  const reuse = arg("database");
  const bench = reuse
    ? await (async () => {
        const url = new URL(serverUrl);
        url.pathname = `/${reuse}`;
        const database = await openDatabase({ driver: "postgres", url: url.toString() });
        const [row] = await database.query<{ id: string }>(
          "select id::text as id from tenant where slug = 'grosskreis'",
        );
        return { database, county: { tenantId: row?.id as string }, drop: () => database.close() };
      })()
    : await largeCountyDatabase(serverUrl, "profile_overview", (l) => console.error(l));
  try {
    const scope = tenantDb(bench.database.db, bench.county.tenantId);
    const day = today();
    for (let i = 0; i < 3; i++) await getOverview(scope, { today: day }); // warm-up
    for (let i = 0; i < 3; i++) await bench.database.query(overviewSql, [scope.tenantId, day]);
    const time = async (work: () => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await work();
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      return ms[Math.floor(ms.length / 2)] as number;
    };
    const rawP50 = await time(() => bench.database.query(overviewSql, [scope.tenantId, day]));
    tracing = true;
    await startProfile();
    const cpu = process.cpuUsage();
    const p50 = await time(() => getOverview(scope, { today: day }));
    const used = process.cpuUsage(cpu);
    tracing = false;
    await stopProfile(arg("cpuprofile"));
    console.log(
      `\noverview without cache, one at a time: p50 ${p50.toFixed(1)} ms; raw SQL p50 ${rawP50.toFixed(1)} ms (${runs} runs each)`,
    );
    console.log(
      `Node CPU (user + system) per overview: ${((used.user + used.system) / 1000 / runs).toFixed(2)} ms`,
    );
    printStatements(runs, "overview");
  } finally {
    if (process.argv.includes("--keep") && !reuse) {
      await bench.database.close();
      const url = "url" in bench ? (bench.url as string | null) : null;
      console.log(`\nkept database: ${url ? new URL(url).pathname.slice(1) : reuse}`);
    } else await bench.drop();
    await dropLargeCountyTemplate();
  }
}

const path = process.argv[2];
if (path === "bookings") await profileBookings();
else if (path === "overview") await profileOverview();
else {
  console.error("usage: npx tsx bench/profile-db-paths.ts bookings|overview [options]");
  process.exitCode = 2;
}
session.disconnect();
