import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/**
 * The import graph between the folders of a source tree, for the architecture tests
 * (src/server/fence.test.ts, src/server/architecture-doc.test.ts).
 */

/** Tests and their helpers (test-fixtures.ts, test-tools.ts, report-fixture.ts) are no part. */
const testFile = /(\.test\.tsx?|(^|[/\\])test-[^/\\]*\.ts|fixtures?\.ts)$/;

/**
 * The server's groups from the inside out (docs/ARCHITECTURE.md): a group imports only the groups
 * before it. A folder inside a group is one unit of the cycle check ("features/ledger"), as is
 * each folder outside them.
 */
export const serverLayers = ["platform", "renderers", "features", "read-models", "operations"];
const serverGroups = new Set(serverLayers);

/** Whether a file of group `from` may import one of group `to`. */
export function mayImport(from: string, to: string): boolean {
  return serverLayers.indexOf(to) <= serverLayers.indexOf(from);
}

/** The unit a path (relative to the root) belongs to, or undefined for a top-level file. */
function unitOf(path: string): string | undefined {
  const parts = path.split(sep);
  if (parts.length < 2) return undefined;
  const [first = "", second = ""] = parts;
  return serverGroups.has(first) ? `${first}/${second.replace(/\.tsx?$/, "")}` : first;
}

/** The imports between the folders (units) of `root` (production files, not tests). */
export function folderImports(root: string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!/\.tsx?$/.test(file) || testFile.test(file)) continue;
    const from = unitOf(file);
    if (!from) continue;
    const source = readFileSync(join(root, file), "utf8");
    for (const [, target = ""] of source.matchAll(/(?:from|import\()\s*"(\.[^"]+)"/g)) {
      const to = relative(root, resolve(root, dirname(file), target));
      if (to.startsWith("..")) continue;
      const folder = unitOf(to);
      if (!folder || folder === from) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(folder));
    }
  }
  return edges;
}

export function reaches(edges: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const at = stack.pop() ?? "";
    for (const next of edges.get(at) ?? []) {
      if (next === to) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return false;
}

/** Every folder that lies on a cycle of imports between folders. */
export function foldersOnCycles(root: string): string[] {
  const edges = folderImports(root);
  return [...edges.keys()].filter((folder) => reaches(edges, folder, folder)).sort();
}
