import { readFileSync } from "node:fs";
import {
  freePort,
  spawnServer,
  stopServer,
  waitUntilHealthy,
} from "../../src/server/durability/server-process";
import { largeCountyDatabase, largeSlug } from "../lib/data";
import { load } from "../lib/kurs";
import type { Scenario } from "../scenario";

const rssMiB = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
};

/** A Kurs server process (as in production) on the large county: resident memory before and after load. */
const scenario: Scenario = {
  name: "server-memory",
  summary:
    "Resident memory (RSS) of one Kurs server process on PostgreSQL with the large county: idle, and after loading the overview and the measure list with 50 connections",
  async run({ postgresUrl, seconds, log }) {
    if (!postgresUrl) return { rows: [], notes: "Skipped: no PostgreSQL." };
    const bench = await largeCountyDatabase(postgresUrl, "memory", log);
    try {
      const server = spawnServer("/nonexistent-kurs-data", await freePort(), {
        DATABASE_URL: bench.url ?? "",
        KURS_TENANT: largeSlug,
      });
      try {
        await waitUntilHealthy(server);
        const pid = server.child.pid ?? 0;
        const idle = rssMiB(pid);
        log(`idle RSS ${idle} MiB`);
        const half = Math.max(5, seconds);
        const overview = await load(`${server.url}/api/v1/overview`, {
          connections: 50,
          seconds: half,
        });
        const list = await load(`${server.url}/api/v1/measures?pageSize=100`, {
          connections: 50,
          seconds: half,
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
