import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import de from "./locales/de.json";
import { deferredAreas, splitTexts } from "./text-split";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const src = resolve(web, "..");

/** A relative import resolved to its file (.ts, .tsx, index.ts[x]); undefined for JSON/CSS. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return undefined;
}

/** Every file the entry loads with it: static imports from main.tsx on (not `import()`, not types). */
function entryFiles(): Set<string> {
  const seen = new Set<string>();
  const queue = [join(web, "main.tsx")];
  const staticImport =
    /^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?["'](\.{1,2}\/[^"']+)["']/gm;
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(staticImport)) {
      const target = resolveImport(file, match[1] as string);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe("German texts split for the first page", () => {
  it("puts every area in exactly one part, and the deferred areas exist", () => {
    const { core, deferred } = splitTexts(de);
    expect(Object.keys(core).length + Object.keys(deferred).length).toBe(Object.keys(de).length);
    for (const area of deferredAreas) expect(Object.keys(de)).toContain(area);
    expect(Object.keys(core)).toEqual(expect.arrayContaining(["nav", "overview", "app"]));
  });

  it("nothing the entry script imports uses a text of a deferred area", () => {
    const files = entryFiles();
    // The walk reaches the layout and the overview (a sanity check of the walk itself).
    expect([...files].map((f) => relative(src, f))).toEqual(
      expect.arrayContaining([
        "web/App.tsx",
        "web/overview/OverviewPage.tsx",
        "web/layout/MainNav.tsx",
      ]),
    );
    const area = new RegExp(`["'\`](?:${deferredAreas.join("|")})\\.[a-zA-Z]`);
    const uses = [...files]
      // Permission names ("grants.read") and domain codes are not texts.
      .filter((f) => f.startsWith(web))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .filter((line) => area.test(line))
          .map((line) => `${relative(src, f)}: ${line.trim()}`),
      );
    expect(uses).toEqual([]);
  });
});
