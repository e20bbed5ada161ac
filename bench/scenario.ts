/**
 * The shape every benchmark scenario has, so that `npm run bench` can run them one by one or all
 * together and print one table. A scenario lives in bench/scenarios/<name>.ts and default-exports
 * a `Scenario`. Each result row names what was measured; a scenario that compares two things
 * measured in the same run (Kurs against raw SQL, PGlite against PostgreSQL, …) reports the ratio.
 */
export interface ScenarioRow {
  /** What was measured, e.g. "overview API (PostgreSQL)". */
  label: string;
  /** Figures with their unit in the key, e.g. { "p50 ms": 4.1, "req/s": 812 }. */
  metrics: Record<string, number | string>;
}

export interface ScenarioResult {
  rows: ScenarioRow[];
  /** e.g. { label: "API p50 / SQL p50", value: 1.3 } */
  ratio?: { label: string; value: number };
  notes?: string;
}

export interface BenchContext {
  /** postgres://… of a server the scenario may create databases on (BENCH_DATABASE_URL). */
  postgresUrl: string | null;
  /** Seconds each load phase may run (bounded). */
  seconds: number;
  log: (line: string) => void;
}

export interface Scenario {
  name: string;
  summary: string;
  run(context: BenchContext): Promise<ScenarioResult>;
}
