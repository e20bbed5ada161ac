import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const sources = ["src/web", "src/contract", "src/domain", "vite.config.ts", "package-lock.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/web is missing or older than any of its sources. */
export function webBuildIsStale(root: string, outDir: string): boolean {
  const index = join(outDir, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return sources.some((s) => newestMtime(resolve(root, s)) > built);
}

/** Builds the web app with Vite when it is missing or stale. */
export async function ensureWebBuild(root: string, outDir: string, log: (m: string) => void) {
  if (!webBuildIsStale(root, outDir)) return;
  log("Web-Oberfläche wird gebaut (vite build) …");
  const { build } = await import("vite");
  // vite.config.ts decides root and outDir (dist/web, the server's KURS_WEB_ROOT default).
  await build({ configFile: resolve(root, "vite.config.ts"), logLevel: "warn" });
  log("Web-Oberfläche gebaut.");
}
