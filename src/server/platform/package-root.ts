import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder that holds Kurs's package.json. The server runs from its sources (tests, `npm run
 * dev`) and compiled into one bundle under dist/server (`npm start`); files it reads at run time
 * (migrations, stylesheets) are found from here, so the same path works in both.
 */
function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A file of the repository, by its path from the package root (e.g. "src/server/platform/db/migrations"). */
export function packageFile(...segments: string[]): string {
  return join(packageRoot, ...segments);
}
