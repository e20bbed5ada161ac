// `npm run build`: compiles the web app (Vite → dist/web) and the server with its command line
// (esbuild → dist/server/start.js and dist/server/kurs.js), so that `npm start` and `npm run kurs`
// run plain `node` without tsx, Vite or esbuild in the process. Plain JavaScript: it must run
// before anything is compiled.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds the server bundle: our code in one module graph, every npm package left external. */
export async function buildServer() {
  const { build } = await import("esbuild");
  const outdir = join(root, "dist", "server");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      start: "src/server/operations/cli/serve.ts",
      kurs: "src/server/operations/cli/kurs.ts",
    },
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

/** Text formats worth compressing; fonts (woff2) and images are compressed already. */
const compressible = /\.(?:js|css|html|svg|json|txt|map)$/;

/**
 * Writes `file.br` (brotli, highest quality) and `file.gz` beside every compressible file of the
 * web build, once, so the server sends them without compressing per request.
 */
export function precompress(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      precompress(path);
      continue;
    }
    if (!compressible.test(entry) || entry.endsWith(".map")) continue;
    const data = readFileSync(path);
    if (data.length < 1024) continue;
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    );
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  }
}

export async function buildWeb() {
  const { build } = await import("vite");
  await build({ configFile: join(root, "vite.config.ts"), logLevel: "warn" });
  precompress(join(root, "dist", "web"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  await buildWeb();
  await buildServer();
  console.log(
    `Kurs gebaut: dist/web und dist/server (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
