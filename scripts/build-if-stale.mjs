// Runs before `npm start` and `npm run kurs`: builds dist/ when it is missing or older than its
// sources, then exits, so the server itself starts as plain `node dist/server/….js`.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildServer, buildWeb } from "./build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function builtAt(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

const common = ["src/contract", "src/domain", "package-lock.json", "scripts/build.mjs"];
const targets = [
  {
    name: "Web-Oberfläche",
    output: "dist/web/index.html",
    sources: [...common, "src/web", "vite.config.ts"],
    build: buildWeb,
  },
  {
    name: "Server",
    output: "dist/server/start.js",
    sources: [...common, "src/server"],
    build: buildServer,
  },
];

for (const target of targets) {
  // KURS_SKIP_WEB_BUILD=1: the web app is served from elsewhere (or not needed, as in tests).
  if (target.output.startsWith("dist/web") && process.env.KURS_SKIP_WEB_BUILD === "1") continue;
  const built = builtAt(join(root, target.output));
  const stale = target.sources.some((s) => newestMtime(join(root, s)) > built);
  if (!stale) continue;
  const started = Date.now();
  console.log(`${target.name} wird gebaut …`);
  await target.build();
  console.log(`${target.name} gebaut (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}
