import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticPassword } from "../../src/server/operations/seed/synthetic/county";
import {
  compiledServer,
  freePort,
  repoRoot,
  spawnServer,
  stopServer,
  waitUntilHealthy,
} from "../../src/testing/durability/server-process";
import { largeCountyDatabase, largeSlug } from "../lib/data";
import { load } from "../lib/kurs";
import type { Scenario } from "../scenario";

const rssMiB = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
};

interface MemoryKinds {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  spaces: Record<string, number>;
}

/**
 * Where the server's memory is (bench/lib/memory-probe.cjs, loaded into the server): asks by
 * SIGUSR2 and waits for the answer file. `before` as the process stands, `afterGc` after a full
 * collection.
 */
async function memoryKinds(
  pid: number,
  file: string,
): Promise<{ before: MemoryKinds; afterGc: MemoryKinds }> {
  rmSync(file, { force: true });
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  return JSON.parse(readFileSync(file, "utf8"));
}

/** One row per probe: the kinds of memory in MiB. */
function kindsRow(label: string, m: MemoryKinds) {
  return {
    label,
    metrics: {
      "RSS MiB": m.rss,
      "heap total": m.heapTotal,
      "heap used": m.heapUsed,
      "new space": m.spaces.new_space ?? 0,
      "old space": m.spaces.old_space ?? 0,
      "code space": m.spaces.code_space ?? 0,
      external: m.external,
      "array buffers": m.arrayBuffers,
    },
  };
}

/** Signs in as the synthetic county's coordinator over HTTP; the session cookie as headers. */
async function signIn(base: string): Promise<Record<string, string>> {
  // The sign-in must come from Kurs itself (Origin = the server's own address).
  const origin = base;
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: `nutzer1@${largeSlug}.example`, password: syntheticPassword }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`bench sign-in failed: ${await response.text()}`);
  return { cookie };
}

/** A Kurs server process (as in production) on the large county: resident memory before and after load. */
const scenario: Scenario = {
  name: "server-memory",
  summary:
    "Resident memory (RSS) of one Kurs server process (the production build, plain node) on PostgreSQL with the large county: idle, and after loading the overview and the measure list as the office with 50 connections",
  async run({ postgresUrl, seconds, log }) {
    if (!postgresUrl) return { rows: [], notes: "Skipped: no PostgreSQL." };
    const bench = await largeCountyDatabase(postgresUrl, "memory", log);
    try {
      // The production build, as `npm start` runs it (built first when missing or stale).
      execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], {
        cwd: repoRoot,
        stdio: "ignore",
      });
      const probeDir = mkdtempSync(join(tmpdir(), "kurs-memory-"));
      const probeFile = join(probeDir, "memory.json");
      const server = spawnServer(
        "/nonexistent-kurs-data",
        await freePort(),
        {
          DATABASE_URL: bench.url ?? "",
          KURS_TENANT: largeSlug,
          KURS_MEMORY_PROBE_FILE: probeFile,
        },
        [
          "--expose-gc",
          "--require",
          join(repoRoot, "bench/lib/memory-probe.cjs"),
          ...compiledServer,
        ],
      );
      try {
        await waitUntilHealthy(server);
        const pid = server.child.pid ?? 0;
        const idle = rssMiB(pid);
        log(`idle RSS ${idle} MiB`);
        const idleKinds = await memoryKinds(pid, probeFile);
        const half = Math.max(5, seconds);
        // As the office (every measure), not anonymously (published measures only).
        const headers = await signIn(server.url);
        const overview = await load(`${server.url}/api/v1/overview`, {
          connections: 50,
          seconds: half,
          headers,
        });
        const list = await load(`${server.url}/api/v1/measures?pageSize=100`, {
          connections: 50,
          seconds: half,
          headers,
        });
        const after = rssMiB(pid);
        const loaded = await memoryKinds(pid, probeFile);
        return {
          rows: [
            { label: "server process idle", metrics: { "RSS MiB": idle } },
            { label: "after GET /api/v1/overview", metrics: overview },
            {
              label: "after GET /api/v1/measures?pageSize=100",
              metrics: { ...list, "RSS MiB": after },
            },
            kindsRow("by kind, idle", idleKinds.before),
            kindsRow("by kind, after load", loaded.before),
            kindsRow("by kind, after load and a full GC", loaded.afterGc),
          ],
          ratio: { label: "RSS after load / idle", value: after / Math.max(idle, 1) },
        };
      } finally {
        await stopServer(server);
        rmSync(probeDir, { recursive: true, force: true });
      }
    } finally {
      await bench.drop();
    }
  },
};
export default scenario;
