/**
 * Bookings per second through Kurs' booking service with every rule checked (fund row lock,
 * idempotency lookup, ledger fold, purpose, audit) on PostgreSQL and PGlite, next to
 * `pgbench -N` (simple updates, no branch contention) on the same PostgreSQL server in the same
 * run. The ratio says what share of the server's raw write capacity a booking costs.
 *
 * Alone: npx tsx bench/scenarios/bookings.ts [--seconds N]   (BENCH_DATABASE_URL=postgres://…
 * for PostgreSQL and pgbench; without it only PGlite is measured).
 */
import { execFile } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { and, eq } from "drizzle-orm";
import { book } from "../../src/server/features/ledger/service";
import { seedRotenburg } from "../../src/server/operations/seed/seed";
import { type Database, openDatabase } from "../../src/server/platform/db/database";
import { fund, measure } from "../../src/server/platform/db/schema";
import { tenantDb } from "../../src/server/platform/db/tenant-scope";
import type { BenchContext, Scenario, ScenarioRow } from "../scenario";

const run = promisify(execFile);
/** Parallel bookings in flight on PostgreSQL (PGlite runs one at a time whatever we send). */
const workers = 8;

function urlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function pgbenchPath(): Promise<string> {
  for (const candidate of ["pgbench", "/usr/lib/postgresql/15/bin/pgbench"]) {
    try {
      await run(candidate, ["--version"]);
      return candidate;
    } catch {
      // try the next
    }
  }
  throw new Error("pgbench not found");
}

/** A copy of a fund with its purpose (a fresh, empty ledger that takes the same bookings). */
export async function cloneFund(database: Database, fundId: string, name: string): Promise<string> {
  const columns = async (table: string) =>
    (
      await database.query<{ column_name: string }>(
        "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position",
        [table],
      )
    ).map((r) => r.column_name);
  const id = randomUUID();
  const fundColumns = (await columns("fund")).filter((c) => c !== "carried_from_fund_id");
  const pick = (c: string) => (c === "id" ? "$2::uuid" : c === "name" ? "$3" : c);
  await database.query(
    `insert into fund (${fundColumns.join(", ")}) select ${fundColumns.map(pick).join(", ")} from fund where id = $1`,
    [fundId, id, name],
  );
  const purposeColumns = await columns("fund_purpose_entry");
  const purposePick = (c: string) =>
    c === "id" ? "gen_random_uuid()" : c === "fund_id" ? "$2::uuid" : c;
  await database.query(
    `insert into fund_purpose_entry (${purposeColumns.join(", ")}) select ${purposeColumns.map(purposePick).join(", ")} from fund_purpose_entry where fund_id = $1`,
    [fundId, id],
  );
  return id;
}

/** Writes `count` commitments of 1 cent straight into a fund's journal (a long ledger). */
async function fillJournal(
  database: Database,
  tenantId: string,
  fundId: string,
  measureId: string,
  count: number,
) {
  await database.query(
    `insert into booking (tenant_id, id, fund_id, kind, amount_cents, date, measure_id, idempotency_key, request_hash, created_by)
     select $1, gen_random_uuid(), $2, 'commitment', 1, '2024-03-01', $3, 'fill-' || g, 'fill', 'bench'
       from generate_series(1, $4::int) g`,
    [tenantId, fundId, measureId, count],
  );
}

/**
 * Books 1,00 € commitments for `seconds`, `parallel` at a time, spread over `funds` copies of the
 * seed's million (1: all on the million itself). `journal`: bookings written into each fund first.
 */
export async function measureBookings(
  database: Database,
  seconds: number,
  parallel: number,
  options: {
    funds?: number;
    journal?: number;
    /** Called after the warm-up, right before the measured bookings (e.g. to start a profiler). */
    measuring?: () => Promise<void> | void;
  } = {},
) {
  await database.migrate();
  const { tenantId } = await seedRotenburg(database.db, { examples: true });
  const [million] = await database.db
    .select()
    .from(fund)
    .where(and(eq(fund.tenantId, tenantId), eq(fund.name, "Mittel für Sprachkurse 2024")));
  const [course] = await database.db
    .select()
    .from(measure)
    .where(
      and(
        eq(measure.tenantId, tenantId),
        eq(measure.title, "Wohnortnahe Sprachkurse mit Kinderbetreuung"),
      ),
    );
  if (!million || !course) throw new Error("seed fund or measure missing");
  const scope = tenantDb(database.db, tenantId);
  const fundIds = [million.id];
  for (let i = 1; i < (options.funds ?? 1); i++)
    fundIds.push(await cloneFund(database, million.id, `Bench-Mittel ${i}`));
  for (const id of fundIds)
    if (options.journal) await fillJournal(database, tenantId, id, course.id, options.journal);
  let turn = 0;
  const bookOne = () =>
    book(scope, {
      actor: "bench",
      fundId: fundIds[turn++ % fundIds.length] as string,
      idempotencyKey: randomUUID(),
      input: {
        kind: "commitment",
        measureId: course.id,
        amountCents: 100,
        date: "2024-04-02",
        documentReference: "Bench",
      },
    });
  // Warm-up (prepared plans, caches; the first booking of a filled fund folds its journal once
  // and stores the running sums), not counted.
  for (let i = 0; i < 20; i++) await bookOne();
  await options.measuring?.();
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await bookOne();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    "bookings/s": Math.round(latencies.length / elapsed),
    bookings: latencies.length,
    parallel,
    "p50 ms": Number(pick(0.5).toFixed(1)),
    "p99 ms": Number(pick(0.99).toFixed(1)),
  };
}

/** pgbench -N (TPC-B without the branch/teller updates) on a small database of its own. */
async function measurePgbench(postgresUrl: string, seconds: number, log: (l: string) => void) {
  const bin = await pgbenchPath();
  const name = `kurs_bench_pgbench_${randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ driver: "postgres", url: postgresUrl, poolSize: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  try {
    const url = urlFor(postgresUrl, name);
    await run(bin, ["-i", "-s", "1", "-q", url]);
    log(`pgbench -N -c ${workers} -j 2 -T ${seconds}`);
    const { stdout } = await run(bin, [
      "-N",
      "-c",
      String(workers),
      "-j",
      "2",
      "-T",
      String(seconds),
      url,
    ]);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
    const latency = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench output not understood:\n${stdout}`);
    return { TPS: Math.round(Number(tps)), clients: workers, "avg ms": Number(latency ?? 0) };
  } finally {
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
}

const scenario: Scenario = {
  name: "bookings",
  summary:
    "Mittelbindungen je Sekunde mit allen Regeln (Sperre, Idempotenz, Zweckbindung, Audit) auf PostgreSQL und PGlite, neben pgbench -N auf demselben Server",
  async run({ postgresUrl, seconds, log }: BenchContext) {
    // The bookings are dated in the seed's fiscal year 2024: the clock stands inside it (a
    // booking into a closed year is refused).
    const today = process.env.KURS_TODAY;
    process.env.KURS_TODAY = "2024-11-15";
    try {
      return await runScenario({ postgresUrl, seconds, log });
    } finally {
      if (today === undefined) delete process.env.KURS_TODAY;
      else process.env.KURS_TODAY = today;
    }
  },
};

async function runScenario({
  postgresUrl,
  seconds,
  log,
}: BenchContext): Promise<Awaited<ReturnType<Scenario["run"]>>> {
  const rows: ScenarioRow[] = [];
  log("bookings on PGlite (in memory)");
  const lite = await openDatabase({ driver: "pglite" });
  try {
    rows.push({
      label: "Kurs bookings (PGlite)",
      metrics: await measureBookings(lite, seconds, 1),
    });
  } finally {
    await lite.close();
  }
  if (!postgresUrl)
    return { rows, notes: "BENCH_DATABASE_URL not set: PostgreSQL and pgbench skipped." };
  const name = `kurs_bench_bookings_${randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ driver: "postgres", url: postgresUrl, poolSize: 1 });
  let kurs: Record<string, number>;
  // Each case on a database of its own, so that one case's journal does not slow the next.
  const onPostgres = async (options: { funds?: number; journal?: number }) => {
    const db = `${name}_${options.funds ?? 1}_${options.journal ?? 0}`;
    await admin.exec(`CREATE DATABASE ${db}`);
    const database = await openDatabase({
      driver: "postgres",
      url: urlFor(postgresUrl, db),
      poolSize: workers,
    });
    try {
      return await measureBookings(database, seconds, workers, options);
    } finally {
      await database.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    }
  };
  let spread: Record<string, number>;
  let filled: Record<string, number>;
  try {
    log("bookings on PostgreSQL: one fund, 8 clients");
    kurs = await onPostgres({});
    log("bookings on PostgreSQL: 8 funds, 8 clients");
    spread = await onPostgres({ funds: 8 });
    log("bookings on PostgreSQL: one fund holding 100,000 bookings, 8 clients");
    filled = await onPostgres({ journal: 100_000 });
  } finally {
    await admin.close();
  }
  rows.push({ label: "Kurs bookings (PostgreSQL), one fund", metrics: kurs });
  rows.push({ label: "Kurs bookings (PostgreSQL), 8 funds", metrics: spread });
  rows.push({ label: "Kurs bookings (PostgreSQL), fund with 100,000 bookings", metrics: filled });
  const pgbench = await measurePgbench(postgresUrl, seconds, log);
  rows.push({ label: "pgbench -N (same PostgreSQL server)", metrics: pgbench });
  const per = (m: Record<string, number>) => m["bookings/s"] ?? 0;
  const ratio = (a: number, b: number) => Number((a / b).toFixed(3));
  return {
    rows,
    ratio: {
      label: "Kurs bookings/s (PostgreSQL, 8 funds) / pgbench -N TPS",
      value: ratio(per(spread), pgbench.TPS),
    },
    notes: `Each booking is one transaction: fund row lock, idempotency lookup, the fund's running sums (ledger/running-sums.ts) and the bookings it refers to, purpose check, insert, sums and audit. Ratios of this run: 8 funds / pgbench ${ratio(per(spread), pgbench.TPS)}; one fund / pgbench ${ratio(per(kurs), pgbench.TPS)}; fund with 100,000 bookings / one fresh fund ${ratio(per(filled), per(kurs))}.`,
  };
}

export default scenario;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const secondsArg = process.argv.indexOf("--seconds");
  const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10;
  const result = await scenario.run({
    postgresUrl: process.env.BENCH_DATABASE_URL ?? null,
    seconds,
    log: (line) => console.error(`[bookings] ${line}`),
  });
  for (const row of result.rows)
    console.log(
      `${row.label}: ${Object.entries(row.metrics)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
  if (result.ratio) console.log(`${result.ratio.label}: ${result.ratio.value}`);
  if (result.notes) console.log(result.notes);
}
