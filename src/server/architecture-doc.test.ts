import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { serverLayers } from "../testing/import-graph";

/**
 * docs/ARCHITECTURE.md against the code: the groups of src/server and their folders as the page
 * lists them, the picture of their order, and every file or folder the page names.
 */
const doc = readFileSync("docs/ARCHITECTURE.md", "utf8");

/** The rows of the table under "Die Gruppen von `src/server/`": group → the entries it lists. */
function groupTable(): Map<string, string[]> {
  const section = doc.split("## Die Gruppen von `src/server/`")[1]?.split("\n## ")[0] ?? "";
  const rows = new Map<string, string[]>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const group = /^`([a-z-]+)\/`$/.exec(cells[1] ?? "")?.[1];
    if (!group) continue;
    rows.set(
      group,
      [...(cells[2] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ""),
    );
  }
  return rows;
}

/** What a group folder holds: folders as "name/", files as "name.ts" (no tests). */
function entriesOf(group: string): string[] {
  return readdirSync(join("src/server", group), { withFileTypes: true })
    .filter((e) => e.isDirectory() || (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")))
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort();
}

/** Where a path named on the page may start: the repository, src/, the server and its groups. */
const roots = [
  "",
  "src/",
  "src/server/",
  ...serverLayers.map((g) => `src/server/${g}/`),
  "src/web/",
  "src/testing/",
  "docs/",
];

/** Every file at the top and in the source folders by name, for names given without a folder. */
function fileNames(): Set<string> {
  const names = new Set<string>(readdirSync("."));
  for (const dir of ["src", "scripts", "e2e", "bench"]) {
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }))
      names.add(basename(file));
  }
  return names;
}

describe("docs/ARCHITECTURE.md matches the code", () => {
  it("lists every group of src/server with exactly the folders and files it holds", () => {
    const table = groupTable();
    expect([...table.keys()].sort()).toEqual([...serverLayers].sort());
    for (const group of serverLayers) {
      expect([...(table.get(group) ?? [])].sort(), group).toEqual(entriesOf(group));
    }
  });

  it("gives every folder of src/ and every group of the server a README", () => {
    const folders = [
      ...readdirSync("src", { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join("src", e.name)),
      ...serverLayers.map((g) => join("src/server", g)),
    ];
    expect(folders.filter((f) => !existsSync(join(f, "README.md")))).toEqual([]);
  });

  it("draws the groups in the order the fence enforces", () => {
    expect(doc).toContain(`    ${serverLayers.join(" ◀── ")}\n`);
  });

  it("names only files and folders that exist", () => {
    const names = fileNames();
    const missing: string[] = [];
    for (const [, token = ""] of doc.matchAll(/`([^`\s]+)`/g)) {
      if (!/^[\w.@-][\w.@/-]*(\.(ts|tsx|mjs|cjs|json|css|sql|md)|\/)$/.test(token)) continue;
      if (token.startsWith("dist/")) continue;
      const found = token.includes("/")
        ? roots.some((root) => existsSync(root + token))
        : names.has(token);
      if (!found) missing.push(token);
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
