import { afterAll, beforeAll, expect } from "vitest";
import { z } from "zod";

function stackBench() {
  const c = process.cpuUsage();
  for (let i = 0; i < 3000; i++) void new Error("x").stack;
  const u = process.cpuUsage(c);
  return Math.round((u.user + u.system) / 1000);
}
let started = 0;
let cpu = process.cpuUsage();
async function promiseBench() {
  const c = process.cpuUsage();
  for (let i = 0; i < 100_000; i++) await Promise.resolve(i);
  const u = process.cpuUsage(c);
  return Math.round((u.user + u.system) / 1000);
}
beforeAll(() => {
  started = Date.now();
  cpu = process.cpuUsage();
});
afterAll(async () => {
  const used = process.cpuUsage(cpu);
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles()
    .length;
  console.error(
    `[leak] ${expect.getState?.().testPath?.split("/src/")[1] ?? ""} wall=${Date.now() - started}ms cpu=${Math.round((used.user + used.system) / 1000)}ms bench=${await promiseBench()}ms stack=${stackBench()}ms reg=${(z.globalRegistry as unknown as { _map?: Map<unknown, unknown>; _idmap: Map<unknown, unknown> })._idmap.size} heap=${mb(m.heapUsed)} rss=${mb(m.rss)} handles=${handles} env=${Object.keys(process.env).length}`,
  );
});
