import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * For hunting state that leaks between test files sharing one module graph (docs/benchmarks.md,
 * "CI time"): PGlite only, one worker, isolate: false, the files in the order of LEAK_ORDER
 * (comma-separated path endings), and after each file one line `[leak] FILE wall= cpu= …` on
 * stderr (leak-probe.setup.ts: the worker's CPU time, a promise and an Error.stack benchmark,
 * heap after GC, open handles). Example:
 *
 *   LEAK_ORDER=auth/login.test.ts,http/bad-requests.test.ts npx vitest run \
 *     --config src/testing/leak-probe.config.ts \
 *     src/server/platform/auth/login.test.ts src/server/platform/http/bad-requests.test.ts
 */
const order = (process.env.LEAK_ORDER ?? "").split(",").filter(Boolean);
class Ordered extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const rank = (f: TestSpecification) => {
      const i = order.findIndex((o) => f.moduleId.endsWith(o));
      return i < 0 ? order.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    env: { TZ: "UTC" },
    maxWorkers: 1,
    sequence: { sequencer: Ordered },
    projects: [
      {
        test: {
          name: "pglite",
          include: ["src/server/**/*.test.ts", "src/testing/**/*.test.ts"],
          globalSetup: ["src/testing/global-setup.ts"],
          setupFiles: ["src/testing/leak-probe.setup.ts"],
          env: { KURS_TEST_DRIVER: "pglite", TZ: "UTC" },
          execArgv: ["--expose-gc"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          isolate: false,
          sequence: { sequencer: Ordered },
        },
      },
    ],
  },
});
