// `npm run build`: compiles the web app (Vite → dist/web) and the server with its command line
// (esbuild → dist/server/start.js and dist/server/kurs.js), so that `npm start` and `npm run kurs`
// run plain `node` without tsx, Vite or esbuild in the process. Plain JavaScript: it must run
// before anything is compiled.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds the server bundle: our code in one module graph, every npm package left external. */
export async function buildServer() {
  const { build } = await import("esbuild");
  const outdir = join(root, "dist", "server");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { start: "src/server/cli/start.ts", kurs: "src/server/cli/kurs.ts" },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
    legalComments: "none",
  });
}

export async function buildWeb() {
  const { build } = await import("vite");
  await build({ configFile: join(root, "vite.config.ts"), logLevel: "warn" });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  await buildWeb();
  await buildServer();
  console.log(
    `Kurs gebaut: dist/web und dist/server (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
