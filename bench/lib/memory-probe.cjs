// Loaded into the measured server with `node --expose-gc --require` (bench/scenarios/server-memory.ts):
// on SIGUSR2 it writes where the process's memory is to the file named by KURS_MEMORY_PROBE_FILE —
// process.memoryUsage() in MiB, the V8 heap by space, then the same after a full garbage
// collection (what the heap still holds, as against garbage not yet collected).
const { writeFileSync } = require("node:fs");
const v8 = require("node:v8");

const mib = (bytes) => Math.round(bytes / 1048576);

function usage() {
  const u = process.memoryUsage();
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name] = mib(s.space_size);
  return {
    rss: mib(u.rss),
    heapTotal: mib(u.heapTotal),
    heapUsed: mib(u.heapUsed),
    external: mib(u.external),
    arrayBuffers: mib(u.arrayBuffers),
    spaces,
  };
}

process.on("SIGUSR2", () => {
  const before = usage();
  if (typeof global.gc === "function") global.gc();
  writeFileSync(process.env.KURS_MEMORY_PROBE_FILE, JSON.stringify({ before, afterGc: usage() }));
});
