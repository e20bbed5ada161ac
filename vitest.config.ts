import { configDefaults, defineConfig } from "vitest/config";

/**
 * Three kinds of projects: pure unit tests; database tests on PGlite; and the same database tests
 * again on PostgreSQL when TEST_DATABASE_URL is set. Each test file gets its own fresh database,
 * copied from a migrated template that the driver's global setup builds once per run.
 */
const databaseTests = [
  "src/server/**/*.test.ts",
  "src/testing/**/*.test.ts",
  "bench/**/*.test.ts",
  "scripts/**/*.test.ts",
];
/**
 * Database test files share one module graph per worker (isolate: false) instead of importing
 * the server once per file: that import cost more than half of the suite's time. Each file still
 * gets its own database; a file that changes process.env restores it in afterAll; no module keeps
 * per-app state (http/idempotency.ts keeps its cleanup times per app). Projects do not inherit the
 * root's options, so each database project names it.
 *
 * These files run isolated all the same (a project of their own per driver, on the same
 * template): with a shared module graph the route sweep of http/bad-requests.test.ts ran 12–30×
 * slower in full runs, and the cause was not found (see docs/benchmarks.md, "CI time").
 */
const isolatedTests = ["src/server/platform/http/bad-requests.test.ts"];
const postgresUrl = process.env.TEST_DATABASE_URL;

if (!postgresUrl) {
  console.log(
    "\n[kurs] Database tests run on PGlite only. Set TEST_DATABASE_URL=postgres://… to run them on PostgreSQL too.\n",
  );
}

/** The database projects of one driver: shared module graph, and the few isolated files. */
function databaseProjects(driver: "pglite" | "postgres") {
  const test = {
    globalSetup: ["src/testing/global-setup.ts"],
    env: { KURS_TEST_DRIVER: driver, TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  };
  return [
    {
      test: {
        ...test,
        name: driver,
        include: databaseTests,
        exclude: [...configDefaults.exclude, ...isolatedTests],
        isolate: false,
      },
    },
    { test: { ...test, name: `${driver}-isolated`, include: isolatedTests, isolate: true } },
  ];
}

export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker per core minus one: a single worker on a 2-core CI machine.
    // Two use both cores; more made the tests that start server processes time out under load.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/domain/**/*.test.ts", "src/contract/**/*.test.ts", "src/web/**/*.test.ts"],
          environment: "node",
        },
      },
      ...databaseProjects("pglite"),
      ...(postgresUrl ? databaseProjects("postgres") : []),
    ],
  },
});
