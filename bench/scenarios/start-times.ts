/**
 * The production start (issue 25): how long the compiled server on PGlite takes until
 * `/api/health` answers 200 — the first start on an empty data directory (migrations and the
 * Rotenburg seed) and the second start on the seeded one, both as `node dist/server/start.js` and
 * through `npm start` (npm, the build check, then node) — and how long `create-user` of the
 * compiled command line takes. It also checks that the running server is plain node: no tsx,
 * Vite or esbuild in its command line, its NODE_OPTIONS, its mapped native modules, its child
 * processes, or the compiled bundle's imports.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  freePort,
  stopServer,
  waitUntilHealthy,
} from "../../src/testing/durability/server-process";
import {
  benchCoordinator,
  buildIfStale,
  childrenOf,
  commandLineOf,
  createUserCli,
  prepareKurs,
  repoRoot,
  serverEnv,
  startCompiled,
} from "../lib/compiled";
import type { Scenario, ScenarioRow } from "../scenario";

const runs = 3;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Build tools that must not be in the running server. */
const buildTool = /(?:^|[/\\@_-])(?:tsx|vite|esbuild|rolldown|rollup|lightningcss)(?:[/\\@_.-]|$)/i;

/**
 * What in the process `pid` points at tsx, Vite or esbuild (empty: nothing). Node loads
 * JavaScript modules without mapping them, so this looks where they would show: the command
 * line and NODE_OPTIONS (a `--import tsx` loader), the mapped native addons (esbuild's and
 * Vite's bundler ship as native binaries or child services) and the child processes.
 */
export function buildToolsIn(pid: number): string[] {
  const found: string[] = [];
  const cmdline = commandLineOf(pid);
  if (/tsx|--import|--loader|--require|-r /.test(cmdline)) found.push(`cmdline: ${cmdline}`);
  const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
  const options = environ.find((e) => e.startsWith("NODE_OPTIONS="));
  if (options && /tsx|--import|--loader|--require/.test(options)) found.push(options);
  const mapped = new Set(
    readFileSync(`/proc/${pid}/maps`, "utf8")
      .split("\n")
      .map((line) => line.split(/\s+/).slice(5).join(" "))
      .filter((path) => path.includes("node_modules") && buildTool.test(path)),
  );
  for (const path of mapped) found.push(`mapped: ${path}`);
  for (const child of childrenOf(pid)) found.push(`child: ${child.command}`);
  return found;
}

/** Bare imports of build tools in the compiled server bundle (dist/server/*.js). */
function buildToolImports(): string[] {
  const dir = join(repoRoot, "dist", "server");
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const m of text.matchAll(
      /(?:from|import)\s*\(?\s*["']((?:tsx|vite|esbuild|rolldown|@vitejs\/[^"']+)(?:\/[^"']*)?)["']/g,
    )) {
      found.add(`${file}: ${m[1]}`);
    }
  }
  return [...found];
}

/** `npm start` in its own process group; resolves when /api/health answers, with the node pid. */
async function npmStart(dataDir: string) {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: repoRoot,
    detached: true,
    env: {
      ...inherited,
      ...serverEnv({ KURS_SKIP_WEB_BUILD: "" }),
      PORT: String(port),
      HOST: "127.0.0.1",
      KURS_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-65_536);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const server = { child, url: `http://127.0.0.1:${port}`, exited, stderr: () => stderr };
  const stopGroup = async () => {
    const group = child.pid ?? 0;
    try {
      process.kill(-group, "SIGTERM");
    } catch {
      return;
    }
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        process.kill(-group, 0);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    process.kill(-group, "SIGKILL");
  };
  try {
    await waitUntilHealthy(server, 300_000, 20);
  } catch (error) {
    await stopGroup();
    throw error;
  }
  const ms = Math.round(performance.now() - started);
  // npm → sh → node: the server is the node process (not the shell) running dist/server/start.js.
  const descendants = (pid: number): number[] =>
    childrenOf(pid).flatMap((c) => [c.pid, ...descendants(c.pid)]);
  const nodePid =
    descendants(child.pid ?? 0).find((pid) => {
      const [program, ...args] = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      return /(?:^|\/)node$/.test(program ?? "") && args.includes("dist/server/start.js");
    }) ?? 0;
  return { ms, nodePid, stop: stopGroup };
}

const scenario: Scenario = {
  name: "start-times",
  summary:
    "Production start on PGlite (Rotenburg): first and second start of the compiled server until /api/health answers 200, `npm start`, and `create-user` of the compiled command line; checks that the server runs as plain node without tsx, Vite or esbuild",
  async run({ log }) {
    const buildMs = await buildIfStale(log);
    const prepared = await prepareKurs(log);
    try {
      const rows: ScenarioRow[] = [
        { label: "build check (scripts/build-if-stale.mjs)", metrics: { ms: buildMs } },
        {
          label: "first start, empty data directory (migrate + seed), node dist/server/start.js",
          metrics: { ms: prepared.firstStartMs },
        },
      ];

      const cli: number[] = [prepared.createUserMs];
      for (let i = 1; i < runs; i++) {
        cli.push(
          await createUserCli(prepared.dir, {
            ...benchCoordinator,
            email: `bench-${i}@example.org`,
          }),
        );
      }
      log(`create-user: ${cli.join(", ")} ms`);
      rows.push({
        label: `create-user, node dist/server/kurs.js (${runs} runs)`,
        metrics: { ms: median(cli), "min ms": Math.min(...cli), "max ms": Math.max(...cli) },
      });
      const viaNpm = await createUserCli(
        prepared.dir,
        { ...benchCoordinator, email: "bench-npm@example.org" },
        ["npm", "run", "--silent", "kurs", "--"],
      );
      rows.push({ label: "create-user, npm run kurs --", metrics: { ms: viaNpm } });

      const starts: number[] = [];
      let problems: string[] = [];
      let cmdline = "";
      for (let i = 0; i < runs; i++) {
        const { server, ms } = await startCompiled(prepared.dir);
        try {
          starts.push(ms);
          if (i === 0) {
            const pid = server.child.pid ?? 0;
            cmdline = commandLineOf(pid).replace(process.execPath, "node");
            problems = buildToolsIn(pid);
          }
        } finally {
          await stopServer(server, "SIGTERM", 30_000);
        }
      }
      log(`second start: ${starts.join(", ")} ms`);
      rows.push({
        label: `second start, node dist/server/start.js (${runs} runs)`,
        metrics: {
          ms: median(starts),
          "min ms": Math.min(...starts),
          "max ms": Math.max(...starts),
        },
      });

      const npm = await npmStart(prepared.dir);
      let npmProblems: string[];
      try {
        npmProblems = npm.nodePid ? buildToolsIn(npm.nodePid) : ["server process not found"];
      } finally {
        await npm.stop();
      }
      log(`npm start: ${npm.ms} ms`);
      rows.push({
        label: "second start, npm start (npm + build check + node)",
        metrics: { ms: npm.ms },
      });

      const imports = buildToolImports();
      const all = [...problems, ...npmProblems.map((p) => `npm start: ${p}`), ...imports];
      for (const p of all) log(`build tool in the server: ${p}`);
      rows.push({
        label: `process check: ${cmdline}`,
        metrics: { "tsx/Vite/esbuild found": all.length ? all.join("; ") : "none" },
      });
      return {
        rows,
        ratio: { label: "second start median / 4 s target", value: median(starts) / 4000 },
        notes: [
          "Targets (issue 25): second start ≤ 4 s, create-user ≤ 3 s, no tsx in the process.",
          "Times are wall clock from spawning the process until /api/health answers 200 (polled every 20 ms) or the command exits.",
          "The process check looks at the server's /proc/<pid>/cmdline, NODE_OPTIONS in /proc/<pid>/environ, native modules in /proc/<pid>/maps and child processes (for node dist/server/start.js and for the node under npm start), and at the imports of dist/server/*.js.",
        ].join(" "),
      };
    } finally {
      prepared.cleanup();
    }
  },
};
export default scenario;
