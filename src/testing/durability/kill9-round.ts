import { createDraft, goalTitles, signIn, versionIds } from "./concept-client";
import { startGoalWriter } from "./goal-writer";
import { prepareDataDir } from "./prepare-data-dir";
import { type ServerProcess, startServer, stopServer } from "./server-process";

/** A small seeded PRNG (mulberry32): the same seed gives the same kill times. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Kill9RoundResult {
  round: number;
  delayMs: number;
  /** Goals acknowledged (201) before the kill. */
  acked: number;
  /** Requests sent; some of those not acknowledged may still have been committed. */
  attempted: number;
  /** HTTP answers other than 201 before the kill (should be none: only the kill stops writes). */
  refused: number[];
  /** Acknowledged goals (and earlier drafts, the session) missing after the restart. */
  lost: string[];
  /** The restart failed: the database did not open or health did not reach 200. */
  openFailure: string | null;
  restartMs: number;
}

export interface Kill9Summary {
  seed: number;
  rounds: number;
  acked: number;
  lost: number;
  openFailures: number;
  results: Kill9RoundResult[];
}

export interface Kill9Options {
  dataDir: string;
  rounds: number;
  seed: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  onRound?: (result: Kill9RoundResult) => void;
}

/**
 * Prepares a new data directory (seed, a coordinator account), signs in once, then each
 * round: a new draft, then goals written as fast as possible; after a random delay the
 * server gets SIGKILL; it is started again on the same directory and every acknowledged goal
 * (and every draft of earlier rounds) must be there. Stops at the first round that cannot open
 * the database (later rounds would only repeat it).
 */
export async function runKill9Rounds(options: Kill9Options): Promise<Kill9Summary> {
  const { dataDir, rounds, seed, minDelayMs = 300, maxDelayMs = 2500, onRound } = options;
  const random = seededRandom(seed);
  const results: Kill9RoundResult[] = [];
  const drafts: string[] = [];
  const credentials = await prepareDataDir(dataDir);
  let server: ServerProcess | null = await startServer(dataDir);
  const cookie = await signIn(server.url, credentials);
  try {
    for (let round = 1; round <= rounds && server; round++) {
      const delayMs = Math.round(minDelayMs + random() * (maxDelayMs - minDelayMs));
      const target = await createDraft(server.url, cookie, `Kill-9-Runde ${round}`);
      drafts.push(target.versionId);
      const writer = startGoalWriter(server.url, cookie, target, `r${round}-g`);
      await new Promise((r) => setTimeout(r, delayMs));
      server.child.kill("SIGKILL");
      await server.exited;
      await writer.stop();

      const restartStarted = Date.now();
      let openFailure: string | null = null;
      try {
        server = await startServer(dataDir);
      } catch (error) {
        server = null;
        openFailure = (error as Error).message;
      }
      const restartMs = Date.now() - restartStarted;
      const lost: string[] = [];
      if (server) {
        try {
          const titles = await goalTitles(server.url, cookie, target.versionId);
          lost.push(...writer.acked.filter((title) => !titles.has(title)));
          const versions = await versionIds(server.url, cookie);
          lost.push(...drafts.filter((id) => !versions.has(id)).map((id) => `draft ${id}`));
        } catch (error) {
          // e.g. the session or the draft itself is gone
          lost.push(`read-back failed: ${(error as Error).message}`);
        }
      }
      const result: Kill9RoundResult = {
        round,
        delayMs,
        acked: writer.acked.length,
        attempted: writer.attempted(),
        refused: writer.refused,
        lost,
        openFailure,
        restartMs,
      };
      results.push(result);
      onRound?.(result);
    }
  } finally {
    if (server) await stopServer(server).catch(() => {});
  }
  return {
    seed,
    rounds: results.length,
    acked: results.reduce((sum, r) => sum + r.acked, 0),
    lost: results.reduce((sum, r) => sum + r.lost.length, 0),
    openFailures: results.filter((r) => r.openFailure !== null).length,
    results,
  };
}
