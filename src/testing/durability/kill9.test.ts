import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testDriver } from "../test-database";
import { runKill9Rounds } from "./kill9-round";

const rounds = Number(process.env.KURS_KILL9_ROUNDS ?? 5);
const seed = Number(process.env.KURS_KILL9_SEED ?? Date.now() % 1_000_000);

// These start real server processes on the embedded database; on the PostgreSQL project they
// would only repeat the same PGlite runs.
describe.skipIf(testDriver() === "postgres")("kill -9 during writes (PGlite)", () => {
  it(
    `keeps every acknowledged write over ${rounds} rounds`,
    async () => {
      console.log(`[kill9] seed ${seed} (repeat with KURS_KILL9_SEED=${seed}), ${rounds} rounds`);
      const dataDir = mkdtempSync(join(tmpdir(), "kurs-kill9-"));
      try {
        const summary = await runKill9Rounds({ dataDir, rounds, seed });
        for (const r of summary.results) {
          console.log(
            `[kill9] round ${r.round}: kill after ${r.delayMs} ms, ${r.acked} acked, ` +
              `${r.lost.length} lost, restart ${r.restartMs} ms${r.openFailure ? `, OPEN FAILED: ${r.openFailure}` : ""}`,
          );
        }
        expect(summary.openFailures).toBe(0);
        expect(summary.rounds).toBe(rounds);
        expect(summary.results.flatMap((r) => r.lost)).toEqual([]);
        // Only the kill may end a round's writes, not a refusal (429, 500…).
        expect(summary.results.flatMap((r) => r.refused)).toEqual([]);
        // The check means something only if writes were in flight when the process died.
        expect(summary.acked).toBeGreaterThan(rounds);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    120_000 + rounds * 80_000,
  );
});
