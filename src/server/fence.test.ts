import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const biome = resolve("node_modules/.bin/biome");
const config = JSON.parse(readFileSync("biome.json", "utf8"));

/**
 * The fence of biome.json (docs/ARCHITECTURE.md, "Der Zaun"): each fixture is written to a
 * temporary folder as the file at `path`, beside a copy of biome.json, and linted there, so the
 * broken imports never sit in the tree.
 */
function lint(path: string, source: string): { failed: boolean; output: string } {
  const root = mkdtempSync(join(tmpdir(), "kurs-fence-"));
  try {
    writeFileSync(join(root, "biome.json"), JSON.stringify({ ...config, vcs: { enabled: false } }));
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
    const run = spawnSync(biome, ["lint", "--colors=off", path], { cwd: root, encoding: "utf8" });
    return { failed: run.status !== 0, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const use = (from: string) => `import { x } from "${from}";\n\nexport const y = x;\n`;

describe("the fence (biome.json)", () => {
  it.each([
    [
      "a service reads another feature's queries",
      "src/server/grants/service.ts",
      "../ledger/queries",
    ],
    ["… its write-queries", "src/server/ledger/service.ts", "../measures/write-queries"],
    ["… its options-queries", "src/server/indicators/links.ts", "../measures/options-queries"],
    ["… from a subfolder", "src/server/concept/import/service.ts", "../../measures/queries"],
    ["… in a subfolder of the other", "src/server/council/service.ts", "../oparl/import/queries"],
    ["a routes file reads its own queries", "src/server/measures/routes.ts", "./queries"],
    [
      "a *-routes file reads its own queries",
      "src/server/measures/view-routes.ts",
      "./table-queries",
    ],
    ["a *-routes file uses drizzle", "src/server/ledger/report-routes.ts", "drizzle-orm"],
    ["a *-routes file reads the schema", "src/server/indicators/link-routes.ts", "../db/schema"],
    [
      "the platform imports a feature (tenancy)",
      "src/server/tenancy/tenants.ts",
      "../measures/read",
    ],
    ["the platform imports a feature (db)", "src/server/db/database.ts", "../seed/seed"],
    ["the platform imports a feature (http)", "src/server/http/problem.ts", "../ledger/service"],
    [
      "the platform imports a feature (auth)",
      "src/server/auth/oidc/sign-in.ts",
      "../../users/routes",
    ],
    ["the server's config imports a feature", "src/server/config.ts", "./council/service"],
    ["a platform routes file imports a feature", "src/server/auth/routes.ts", "../grants/service"],
    ["the database reads the server's config", "src/server/db/open-from-config.ts", "../config"],
    ["a platform routes file reads queries", "src/server/auth/routes.ts", "./queries"],
  ])("fails when %s", (_what, path, from) => {
    const { failed, output } = lint(path, use(from));
    expect(failed, output).toBe(true);
    expect(output).toContain("noRestrictedImports");
  });

  it.each([
    ["a service reads its own queries", "src/server/ledger/service.ts", "./queries"],
    ["… its own write-queries", "src/server/measures/service.ts", "./write-queries"],
    [
      "a subfolder reads its feature's queries",
      "src/server/concept/import/service.ts",
      "../queries",
    ],
    ["a feature uses another's face", "src/server/grants/service.ts", "../ledger/read"],
    ["a feature uses the platform", "src/server/grants/service.ts", "../tenancy/tenants"],
    ["the platform uses the platform", "src/server/auth/accounts.ts", "../audit/record-audit"],
    ["a routes file calls its service", "src/server/ledger/report-routes.ts", "./reports"],
    ["a platform test composes features", "src/server/tenancy/x.test.ts", "../ledger/read"],
  ])("passes when %s", (_what, path, from) => {
    const { failed, output } = lint(path, use(from));
    expect(failed, output).toBe(false);
  });
});

/** Tests and their helpers (test-fixtures.ts, test-tools.ts, report-fixture.ts) are no part. */
const testFile = /(\.test\.tsx?|(^|[/\\])test-[^/\\]*\.ts|fixtures?\.ts)$/;

/** The imports between the top-level folders of `root` (production files, not tests). */
function folderImports(root: string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!/\.tsx?$/.test(file) || testFile.test(file) || !file.includes(sep)) continue;
    const from = file.split(sep)[0] ?? "";
    const source = readFileSync(join(root, file), "utf8");
    for (const [, target = ""] of source.matchAll(/(?:from|import\()\s*"(\.[^"]+)"/g)) {
      const to = relative(root, resolve(root, dirname(file), target));
      if (to.startsWith("..") || !to.includes(sep)) continue;
      const folder = to.split(sep)[0] ?? "";
      if (folder === from) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(folder));
    }
  }
  return edges;
}

function reaches(edges: Map<string, Set<string>>, from: string, to: string): boolean {
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
function foldersOnCycles(root: string): string[] {
  const edges = folderImports(root);
  return [...edges.keys()].filter((folder) => reaches(edges, folder, folder)).sort();
}

describe("no cycles between folders", () => {
  it("finds a cycle when there is one", () => {
    const root = mkdtempSync(join(tmpdir(), "kurs-cycle-"));
    try {
      for (const [path, from] of [
        ["a/x.ts", "../b/y"],
        ["b/y.ts", "../c/z"],
        ["c/z.ts", "../a/x"],
        ["d/w.ts", "../a/x"],
      ] as const) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), use(from));
      }
      expect(foldersOnCycles(root)).toEqual(["a", "b", "c"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("the web's folders import each other without cycles", () => {
    expect(foldersOnCycles("src/web")).toEqual([]);
  });

  it.each([
    ["charts", "reports"],
    ["concept", "resolutions"],
    ["overview", "committee-reports"],
    ["committee-reports", "public-site"],
  ])("server: %s and %s do not import each other, not even by way of others", (a, b) => {
    const edges = folderImports("src/server");
    expect(reaches(edges, a, b) && reaches(edges, b, a)).toBe(false);
  });

  it("the server's folders import each other without cycles", () => {
    expect(foldersOnCycles("src/server")).toEqual([]);
  });
});
