import { defineConfig } from "vitest/config";

/**
 * Three projects: pure unit tests; database tests on PGlite; and the same database tests again on
 * PostgreSQL when TEST_DATABASE_URL is set. Each test file gets its own fresh database, copied
 * from a migrated template that the project's global setup builds once per run.
 */
const databaseTests = ["src/server/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"];
const postgresUrl = process.env.TEST_DATABASE_URL;

if (!postgresUrl) {
  console.log(
    "\n[kurs] Database tests run on PGlite only. Set TEST_DATABASE_URL=postgres://… to run them on PostgreSQL too.\n",
  );
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
      {
        test: {
          name: "pglite",
          include: databaseTests,
          globalSetup: ["src/server/testing/global-setup.ts"],
          env: { KURS_TEST_DRIVER: "pglite", TZ: "UTC" },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: "postgres",
                include: databaseTests,
                globalSetup: ["src/server/testing/global-setup.ts"],
                env: { KURS_TEST_DRIVER: "postgres", TZ: "UTC" },
                testTimeout: 60_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
