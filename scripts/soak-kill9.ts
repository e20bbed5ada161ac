/**
 * Kill -9 soak for the embedded database: `npm run soak -- [--rounds 200] [--seed N] [--keep]`.
 * Each round writes goals as fast as the server takes them, kills the server with SIGKILL after
 * a random delay, restarts it on the same directory and checks that every acknowledged write is
 * still there (src/testing/durability/kill9-round.ts; the test runs the same loop, fewer rounds).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runKill9Rounds } from "../src/testing/durability/kill9-round";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "200" },
    seed: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const rounds = Number(values.rounds);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(seed)) {
  console.error("Aufruf: npm run soak -- [--rounds N] [--seed N] [--keep]");
  process.exit(2);
}

const dataDir = mkdtempSync(join(tmpdir(), "kurs-soak-"));
console.log(`kill -9 soak: ${rounds} Runden, Seed ${seed}, Verzeichnis ${dataDir}`);
const started = Date.now();
const summary = await runKill9Rounds({
  dataDir,
  rounds,
  seed,
  onRound: (r) => {
    const refused = r.refused.length > 0 ? `, abgewiesen: ${r.refused.join(" ")}` : "";
    const status = r.openFailure
      ? `ÖFFNEN FEHLGESCHLAGEN: ${r.openFailure}`
      : `${r.lost.length} verloren`;
    console.log(
      `Runde ${String(r.round).padStart(3)}: kill nach ${String(r.delayMs).padStart(4)} ms, ` +
        `${String(r.acked).padStart(4)} bestätigt (${r.attempted} gesendet)${refused}, ${status}, ` +
        `Neustart ${r.restartMs} ms`,
    );
    for (const item of r.lost.slice(0, 5)) console.log(`    verloren: ${item}`);
  },
});
const refusedTotal = summary.results.reduce((sum, r) => sum + r.refused.length, 0);
const restarts = summary.results.filter((r) => !r.openFailure).map((r) => r.restartMs);
const median = restarts.sort((a, b) => a - b)[Math.floor(restarts.length / 2)] ?? 0;
console.log(
  [
    "",
    "Zusammenfassung",
    `  Runden:                      ${summary.rounds} von ${rounds}`,
    `  Seed:                        ${summary.seed}`,
    `  bestätigte Schreibvorgänge:  ${summary.acked}`,
    `  verlorene Schreibvorgänge:   ${summary.lost}`,
    `  Öffnen fehlgeschlagen:       ${summary.openFailures}`,
    `  abgewiesene Anfragen:        ${refusedTotal}`,
    `  Neustart (Median):           ${median} ms`,
    `  Dauer:                       ${Math.round((Date.now() - started) / 1000)} s`,
  ].join("\n"),
);
if (values.keep) console.log(`Datenverzeichnis bleibt: ${dataDir}`);
else rmSync(dataDir, { recursive: true, force: true });
const clean = summary.lost === 0 && summary.openFailures === 0 && refusedTotal === 0;
process.exitCode = clean && summary.rounds === rounds ? 0 : 1;
