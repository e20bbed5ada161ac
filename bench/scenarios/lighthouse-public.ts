/**
 * Lighthouse 12.2.3 on the public start page (/oeffentlich/de): performance and accessibility
 * scores, default (mobile, simulated slow 4G) settings, in Debian's Chromium. Not a timed test.
 * Kurs runs in-process on loopback with the seeded Rotenburg data; every example measure is
 * published so the site shows real content.
 *
 * Run alone: CHROME_PATH=/usr/bin/chromium npx tsx bench/scenarios/lighthouse-public.ts [--runs 3]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildApp } from "../../src/server/app";
import { seedRotenburg } from "../../src/server/operations/seed/seed";
import { openDatabase } from "../../src/server/platform/db/database";
import { auditWithRetry, chromiumPath } from "../lib/lighthouse";
import type { BenchContext, Scenario, ScenarioResult } from "../scenario";

export async function runLighthouse(
  runs: number,
  log: (line: string) => void,
): Promise<ScenarioResult> {
  const chromePath = chromiumPath();
  const dir = mkdtempSync(join(tmpdir(), "kurs-lighthouse-"));
  const database = await openDatabase({ driver: "pglite", dataDir: join(dir, "pgdata") });
  try {
    await database.migrate();
    await seedRotenburg(database.db, { examples: true });
    await database.exec("update measure set is_public = true");
    const app = await buildApp({ database, rateLimit: { read: 1e9, write: 1e9 } });
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const rows = [];
      for (let i = 1; i <= runs; i++) {
        const r = await auditWithRetry(`${base}/oeffentlich/de`, chromePath, log);
        log(
          `run ${i}: performance ${r.performance}, accessibility ${r.accessibility}${r.failed.length ? `, failed audits: ${r.failed.join(", ")}` : ""}`,
        );
        rows.push({
          label: `Lighthouse 12.2.3 /oeffentlich/de, run ${i} (mobile, simulated throttling)`,
          metrics: {
            performance: r.performance,
            accessibility: r.accessibility,
            "FCP ms": r.fcp,
            "LCP ms": r.lcp,
            "TBT ms": r.tbt,
            CLS: Number(r.cls.toFixed(3)),
            bytes: r.bytes,
          },
        });
      }
      return { rows, notes: "Goal: performance ≥ 95 and accessibility 100 in every run." };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const scenario: Scenario = {
  name: "lighthouse-public",
  summary: "Lighthouse performance and accessibility of the public start page /oeffentlich/de",
  run: (context: BenchContext) => runLighthouse(3, context.log),
};
export default scenario;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
  const result = await runLighthouse(Number(values.runs), console.log);
  console.table(result.rows.map((r) => ({ label: r.label, ...r.metrics })));
  const ok = result.rows.every(
    (r) => Number(r.metrics.performance) >= 95 && Number(r.metrics.accessibility) === 100,
  );
  console.log(ok ? "Goal met." : "Goal NOT met.");
  process.exitCode = ok ? 0 : 1;
}
