import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  folderImports,
  foldersOnCycles,
  mayImport,
  reaches,
  serverLayers,
} from "../testing/import-graph";

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
      "src/server/features/grants/service.ts",
      "../ledger/queries",
    ],
    ["… its write-queries", "src/server/features/ledger/service.ts", "../measures/write-queries"],
    [
      "… its options-queries",
      "src/server/features/indicators/links.ts",
      "../measures/options-queries",
    ],
    [
      "… from a subfolder",
      "src/server/features/concept/import/service.ts",
      "../../measures/queries",
    ],
    [
      "… in a subfolder of the other",
      "src/server/features/council/service.ts",
      "../../read-models/oparl/import/queries",
    ],
    [
      "a read model reads a feature's queries",
      "src/server/read-models/overview/service.ts",
      "../../features/ledger/queries",
    ],
    [
      "the platform's schema folder reads a feature's queries",
      "src/server/platform/db/schema/x.ts",
      "../../../features/ledger/queries",
    ],
    ["a routes file reads its own queries", "src/server/features/measures/routes.ts", "./queries"],
    [
      "a *-routes file reads its own queries",
      "src/server/features/measures/view-routes.ts",
      "./table-queries",
    ],
    ["a *-routes file uses drizzle", "src/server/features/ledger/report-routes.ts", "drizzle-orm"],
    [
      "a *-routes file reads the schema",
      "src/server/features/indicators/link-routes.ts",
      "../../platform/db/schema",
    ],
    [
      "a read model's routes read the schema",
      "src/server/read-models/public-site/routes.ts",
      "../../platform/db/schema/measures",
    ],
    [
      "the platform imports a feature (tenancy)",
      "src/server/platform/tenancy/tenants.ts",
      "../../features/measures/read",
    ],
    [
      "the platform imports the seed",
      "src/server/platform/db/database.ts",
      "../../operations/seed/seed",
    ],
    [
      "the platform imports a read model",
      "src/server/platform/http/problem.ts",
      "../../read-models/overview/service",
    ],
    [
      "the platform imports a renderer",
      "src/server/platform/auth/oidc/sign-in.ts",
      "../../../renderers/reports/docx",
    ],
    [
      "a platform routes file imports a feature",
      "src/server/platform/auth/routes.ts",
      "../../features/grants/service",
    ],
    ["the platform imports the app", "src/server/platform/http/x.ts", "../../app"],
    [
      "the database reads the server's config",
      "src/server/platform/db/open-from-config.ts",
      "../../config",
    ],
    ["a platform routes file reads queries", "src/server/platform/auth/routes.ts", "./queries"],
    [
      "a renderer imports a feature",
      "src/server/renderers/reports/report-docx.ts",
      "../../features/indicators/read",
    ],
    [
      "a renderer imports a read model",
      "src/server/renderers/charts/render-svg.ts",
      "../../read-models/committee-reports/build-snapshot",
    ],
    [
      "a feature imports a read model",
      "src/server/features/tenant-settings/service.ts",
      "../../read-models/committee-reports/measure-section",
    ],
    [
      "a feature's routes import a read model",
      "src/server/features/council/routes.ts",
      "../../read-models/public-site/site-paths",
    ],
    ["a feature imports the CLI", "src/server/features/ledger/x.ts", "../../operations/cli/kurs"],
    [
      "a read model imports the seed",
      "src/server/read-models/my-tasks/service.ts",
      "../../operations/seed/seed",
    ],
    [
      "production code imports the test harness",
      "src/server/features/ledger/x.ts",
      "../../../testing/test-app",
    ],
    ["… from the top", "src/server/app.ts", "../testing/factories"],
  ])("fails when %s", (_what, path, from) => {
    const { failed, output } = lint(path, use(from));
    expect(failed, output).toBe(true);
    expect(output).toContain("noRestrictedImports");
  });

  it.each([
    ["a service reads its own queries", "src/server/features/ledger/service.ts", "./queries"],
    ["… its own write-queries", "src/server/features/measures/service.ts", "./write-queries"],
    [
      "a subfolder reads its feature's queries",
      "src/server/features/concept/import/service.ts",
      "../queries",
    ],
    ["a feature uses another's face", "src/server/features/grants/service.ts", "../ledger/read"],
    [
      "a feature uses the platform",
      "src/server/features/grants/service.ts",
      "../../platform/tenancy/tenants",
    ],
    [
      "a feature uses a renderer",
      "src/server/features/grants/notice.ts",
      "../../renderers/reports/docx",
    ],
    [
      "a read model uses a feature's face",
      "src/server/read-models/overview/service.ts",
      "../../features/ledger/read",
    ],
    [
      "the platform uses the platform",
      "src/server/platform/auth/accounts.ts",
      "../audit/record-audit",
    ],
    [
      "a renderer uses the platform",
      "src/server/renderers/charts/render-svg.ts",
      "../../platform/lazy-require",
    ],
    [
      "the CLI composes everything",
      "src/server/operations/cli/kurs.ts",
      "../../read-models/oparl/import/cli",
    ],
    [
      "a routes file calls its service",
      "src/server/features/ledger/report-routes.ts",
      "./report-service",
    ],
    [
      "a platform test composes features",
      "src/server/platform/tenancy/x.test.ts",
      "../../features/ledger/read",
    ],
    [
      "a test uses the test harness",
      "src/server/features/ledger/x.test.ts",
      "../../../testing/test-app",
    ],
  ])("passes when %s", (_what, path, from) => {
    const { failed, output } = lint(path, use(from));
    expect(failed, output).toBe(false);
  });
});

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
    ["renderers/charts", "renderers/reports"],
    ["features/concept", "features/resolutions"],
    ["read-models/overview", "read-models/committee-reports"],
    ["read-models/committee-reports", "read-models/public-site"],
  ])("server: %s and %s do not import each other, not even by way of others", (a, b) => {
    const edges = folderImports("src/server");
    expect(reaches(edges, a, b) && reaches(edges, b, a)).toBe(false);
  });

  it("the server's folders import each other without cycles", () => {
    expect(foldersOnCycles("src/server")).toEqual([]);
  });

  it("the server's groups import only inward: platform ← renderers ← features ← read models ← operations", () => {
    const outward: string[] = [];
    for (const [from, targets] of folderImports("src/server")) {
      const group = from.split("/")[0] ?? "";
      for (const to of targets) {
        const target = to.split("/")[0] ?? "";
        if (target !== group && !mayImport(group, target)) outward.push(`${from} → ${to}`);
      }
    }
    expect(outward).toEqual([]);
  });

  it("every folder of the server sits in a group", () => {
    const top = readdirSync("src/server", { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(top.map((e) => e.name).sort()).toEqual([...serverLayers].sort());
  });
});
