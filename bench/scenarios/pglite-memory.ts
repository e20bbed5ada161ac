/**
 * Resident memory on PGlite (issue 25): the compiled Kurs server (dist/server/start.js) on the
 * seeded Rotenburg data after 100 reads — ten typical API lists, signed in as a coordinator, ten
 * rounds — beside a bare PGlite process (bench/lib/pglite-reads.mjs: plain node, PGlite alone)
 * opened on a copy of the same data directory, running the SQL of the same ten lists ten times,
 * one transaction per list. The difference is what Kurs adds to PGlite.
 *
 * Run alone: npm run bench -- --scenario pglite-memory --no-write
 */
import { spawn } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { stopServer } from "../../src/testing/durability/server-process";
import {
  benchCoordinator,
  memoryOf,
  prepareKurs,
  repoRoot,
  signIn,
  startCompiled,
} from "../lib/compiled";
import type { Scenario, ScenarioRow } from "../scenario";

const rounds = 10;

interface Phase {
  phase: string;
  rss: number;
  peak: number;
  reads?: number;
  rows?: number;
  ms?: number;
}

/** Runs the bare PGlite process on `pgdata`; its phases as it reported them. */
function barePglite(pgdata: string): Promise<Phase[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bench/lib/pglite-reads.mjs", pgdata, String(rounds)], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 300_000,
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      out += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      err += c;
    });
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`bare PGlite exited with ${code}: ${err}`));
      resolve(
        out
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l) as Phase),
      );
    });
  });
}

const scenario: Scenario = {
  name: "pglite-memory",
  summary:
    "Resident memory of the compiled Kurs server on PGlite (Rotenburg) after 100 reads of ten API lists, beside a bare PGlite process on a copy of the same data running the SQL of the same lists 100 times",
  async run({ log }) {
    const prepared = await prepareKurs(log);
    try {
      const { server } = await startCompiled(prepared.dir);
      let idle: { rss: number; peak: number };
      let after: { rss: number; peak: number };
      let errors = 0;
      let ms = 0;
      try {
        const pid = server.child.pid ?? 0;
        idle = memoryOf(pid);
        const base = server.url;
        const cookie = await signIn(base, benchCoordinator);
        const get = async (path: string) => {
          const response = await fetch(`${base}/api/v1${path}`, {
            headers: { cookie, accept: "application/json", "accept-encoding": "br, gzip" },
          });
          if (response.status !== 200) {
            errors++;
            log(`GET ${path}: ${response.status}`);
          }
          return response.json() as Promise<unknown>;
        };
        const measures = (await get("/measures?pageSize=1")) as { items: { id: string }[] };
        const funds = (await get("/funds")) as unknown;
        const fundId = JSON.stringify(funds).match(/"id":"([0-9a-f-]{36})"/)?.[1];
        const paths = [
          "/overview",
          "/measures?pageSize=100",
          `/measures/${measures.items[0]?.id}`,
          "/concept",
          "/partners",
          "/funds",
          `/funds/${fundId}`,
          "/indicators",
          "/council",
          "/me/tasks",
        ];
        const started = Date.now();
        for (let round = 0; round < rounds; round++) {
          for (const path of paths) await get(path);
        }
        ms = Date.now() - started;
        after = memoryOf(pid);
        log(`Kurs: idle ${idle.rss} MiB, after ${paths.length * rounds} reads ${after.rss} MiB`);
      } finally {
        await stopServer(server, "SIGTERM", 30_000);
      }

      const copy = join(prepared.dir, "..", "bare-copy");
      cpSync(join(prepared.dir, "pgdata"), copy, { recursive: true });
      const phases = await barePglite(copy);
      const open = phases.find((p) => p.phase === "open");
      const bare = phases.find((p) => p.phase === "after");
      if (!open || !bare) throw new Error("the bare PGlite process reported nothing");
      log(`bare PGlite: open ${open.rss} MiB, after ${bare.reads} reads ${bare.rss} MiB`);
      const rows: ScenarioRow[] = [
        {
          label: "Kurs server (node dist/server/start.js), idle after start",
          metrics: { "RSS MiB": idle.rss, "peak MiB": idle.peak },
        },
        {
          label: `Kurs server after ${rounds * 10} API reads (10 lists × ${rounds})`,
          metrics: { "RSS MiB": after.rss, "peak MiB": after.peak, "reads ms": ms, errors },
        },
        {
          label: "bare PGlite process (bench/lib/pglite-reads.mjs), open",
          metrics: { "RSS MiB": open.rss, "peak MiB": open.peak },
        },
        {
          label: `bare PGlite after ${bare.reads} reads (SQL of the same lists, ${bare.rows} rows)`,
          metrics: { "RSS MiB": bare.rss, "peak MiB": bare.peak, "reads ms": bare.ms ?? 0 },
        },
        {
          label: "Kurs adds (after reads, Kurs − bare PGlite)",
          metrics: { "RSS MiB": after.rss - bare.rss, "peak MiB": after.peak - bare.peak },
        },
      ];
      return {
        rows,
        ratio: { label: "Kurs RSS / bare PGlite RSS after reads", value: after.rss / bare.rss },
        notes: [
          "Target (issue 25): Kurs adds ≤ 100 MB to a bare PGlite holding the same data after the same reads.",
          "The reads: /overview, /measures?pageSize=100, one measure, /concept, /partners, /funds, one fund, /indicators, /council, /me/tasks, ten rounds; the bare process runs the SELECTs over the tables behind each list (bench/lib/pglite-reads.mjs), one transaction per list.",
          "RSS and peak (VmHWM) from /proc/<pid>/status.",
        ].join(" "),
      };
    } finally {
      prepared.cleanup();
    }
  },
};
export default scenario;
