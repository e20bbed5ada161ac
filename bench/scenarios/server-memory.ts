import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import {
  compiledServer,
  freePort,
  repoRoot,
  spawnServer,
  stopServer,
  waitUntilHealthy,
} from "../../src/server/durability/server-process";
import { syntheticPassword } from "../../src/server/seed/synthetic/county";
import { largeCountyDatabase, largeSlug } from "../lib/data";
import { load } from "../lib/kurs";
import type { Scenario } from "../scenario";

const rssMiB = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
};

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
      const server = spawnServer(
        "/nonexistent-kurs-data",
        await freePort(),
        { DATABASE_URL: bench.url ?? "", KURS_TENANT: largeSlug },
        compiledServer,
      );
      try {
        await waitUntilHealthy(server);
        const pid = server.child.pid ?? 0;
        const idle = rssMiB(pid);
        log(`idle RSS ${idle} MiB`);
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
        return {
          rows: [
            { label: "server process idle", metrics: { "RSS MiB": idle } },
            { label: "after GET /api/v1/overview", metrics: overview },
            {
              label: "after GET /api/v1/measures?pageSize=100",
              metrics: { ...list, "RSS MiB": after },
            },
          ],
          ratio: { label: "RSS after load / idle", value: after / Math.max(idle, 1) },
        };
      } finally {
        await stopServer(server);
      }
    } finally {
      await bench.drop();
    }
  },
};
export default scenario;
