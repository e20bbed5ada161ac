// Runs the Playwright browser tests in the system's Chromium; called by `npm test` after vitest.
//
// The seeded data directory (Rotenburg plus the test accounts) is built once, then copied: the
// ordinary specs run in seven groups (three parts of the specs, and the page sweeps — axe and
// reflow over every page — in four), each group on its own copy and its own server; every journey
// (`*.journey.spec.ts`) changes the seed's story (records the committee's resolution, widens the
// million's purpose, …), so each gets its own fresh copy and its own server. The runs go on
// KURS_E2E_LANES lanes at once (default 2), each lane on its own ports from KURS_E2E_PORT on.
// Arguments are passed to Playwright; named spec files run in their groups (as in CI), and with a
// journey file among them only the named specs and journeys run.
import { execSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { musterAdmin } from "./accounts";
import { createAccountsCommand, createAccountsEnv } from "./auth-accounts";

const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const required = process.env.KURS_E2E === "required";
/** Each lane owns ten ports from basePort + 10 × lane (a spec may start a second server on +1). */
const basePort = Number(process.env.KURS_E2E_PORT ?? 3107);
const portsPerLane = 10;
/**
 * How many Playwright runs at once (spec groups and journeys, each with its own server). One run
 * keeps about one core busy (browser, server and runner take turns), so two lanes use both cores
 * of a CI machine; playwright.config.ts gives every test more time when lanes share the cores.
 */
const lanes = Math.max(1, Number(process.env.KURS_E2E_LANES ?? 2));

if (!existsSync(chrome)) {
  if (required) {
    console.error(
      `KURS_E2E=required, but no Chromium at ${chrome}. Install it (apt-get install chromium) or set CHROME_PATH.`,
    );
    process.exit(1);
  }
  console.log(
    `\n*** BROWSER TESTS SKIPPED: no Chromium found (${chrome}; /usr/bin/chromium or CHROME_PATH). Install it (apt-get install chromium) or set CHROME_PATH; KURS_E2E=required makes this an error. ***\n`,
  );
  process.exit(0);
}

const root = mkdtempSync(join(tmpdir(), "kurs-e2e-"));
const template = join(root, "template");
const cleanup = () => rmSync(root, { recursive: true, force: true });
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

/** Migrates, seeds and creates the accounts once (the same command the config would run). */
async function prepareTemplate() {
  const started = Date.now();
  execSync(createAccountsCommand(), {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, KURS_DATA_DIR: template, ...createAccountsEnv() },
    shell: "/bin/bash",
  });
  console.log(`[e2e] seeded data directory ready (${Math.round((Date.now() - started) / 1000)} s)`);
}

/** One Playwright run: its own data directory, port and output folder. */
interface Run {
  name: string;
  args: string[];
  dataDir: string;
  env: Record<string, string>;
}

/**
 * Starts Playwright for one run. With more than one lane the output of each run is prefixed with
 * its name, line by line, so that interleaved lines stay readable.
 */
function playwright(run: Run, lane: number, busyLanes: number): Promise<number> {
  const prefixed = busyLanes > 1;
  return new Promise((resolve) => {
    const child = spawn("npx", ["playwright", "test", ...run.args], {
      stdio: prefixed ? ["ignore", "pipe", "pipe"] : "inherit",
      env: {
        ...process.env,
        ...run.env,
        CHROME_PATH: chrome,
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
        KURS_E2E_DATA_DIR: run.dataDir,
        KURS_E2E_PREPARED: "1",
        KURS_E2E_PORT: String(basePort + lane * portsPerLane),
        KURS_E2E_OUTPUT: join("test-results", run.name),
        // How many runs share the cores: playwright.config.ts scales its time limits by it.
        KURS_E2E_LANES: String(busyLanes),
      },
    });
    if (prefixed) {
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream as NodeJS.ReadableStream }).on("line", (line) =>
          console.log(`[${run.name}] ${line}`),
        );
      }
    }
    child.on("exit", (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

/**
 * Runs the queue on `lanes` lanes at once (each lane its own port), each run on the next free
 * lane: the spec groups come first, longest first, then the journeys (29–71 s each) fill whichever
 * lane is free, so the lanes end close together. On two cores two lanes keep both busy while one
 * browser waits for its server.
 */
async function runAll(queue: (() => Run)[], lanes: number): Promise<number> {
  let failed = 0;
  let next = 0;
  const busyLanes = Math.min(lanes, queue.length);
  const lane = async (index: number) => {
    for (let make = queue[next++]; make; make = queue[next++]) {
      const run = make();
      console.log(`\n[e2e] ${run.name} starts (lane ${index + 1})`);
      const started = Date.now();
      const code = await playwright(run, index, busyLanes);
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`[e2e] ${run.name} ${code ? "FAILED" : "passed"} (${seconds} s)`);
      failed += code ? 1 : 0;
    }
  };
  await Promise.all(Array.from({ length: busyLanes }, (_, i) => lane(i)));
  return failed;
}

/**
 * Journeys whose story plays inside the seed's fiscal year 2024: the server's clock
 * (src/server/platform/clock.ts) stands on that day, since bookings dated in a closed year are refused.
 */
const journeyToday: Record<string, string> = {
  "ledger-seed-story.journey.spec.ts": "2024-06-20",
  "reports.journey.spec.ts": "2024-11-20",
  "grants.journey.spec.ts": "2024-06-20",
  "grant-programmes.journey.spec.ts": "2024-06-20",
  "paper-from-fund.journey.spec.ts": "2024-06-20",
};

/**
 * Journeys that play in another county than Rotenburg: before the server starts, the county is
 * created in the copy by the command a new county would use, with its first admin; the server
 * then serves that county (KURS_TENANT), while Rotenburg stays in the same database.
 */
const journeyCounty: Record<string, { slug: string; prepare: string }> = {
  "county-start.journey.spec.ts": {
    slug: "landkreis-muster",
    prepare: [
      `node dist/server/kurs.js tenant create --name "Landkreis Muster" --slug landkreis-muster --ags 03999 --municipalities-csv e2e/fixtures/muster-kommunen.csv`,
      `printf '%s' "$KURS_E2E_MUSTER_PASSWORD" | KURS_TENANT=landkreis-muster node dist/server/kurs.js create-user --email ${musterAdmin.email} --role admin --name "Mia Muster" --password-stdin`,
    ].join(" && "),
  },
};

function prepareCounty(journey: string, dir: string): Record<string, string> {
  const county = journeyCounty[journey];
  if (!county) return {};
  execSync(county.prepare, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, KURS_DATA_DIR: dir, KURS_E2E_MUSTER_PASSWORD: musterAdmin.password },
    shell: "/bin/bash",
  });
  return { KURS_TENANT: county.slug };
}

function freshCopy(name: string) {
  const dir = join(root, name);
  cpSync(template, dir, { recursive: true });
  return dir;
}

const args = process.argv.slice(2);
const journeyArgs = args.filter((a) => a.endsWith(".journey.spec.ts"));
const otherArgs = args.filter((a) => !a.endsWith(".journey.spec.ts"));
const fileArgs = otherArgs.filter((a) => a.endsWith(".spec.ts"));
const allJourneys = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".journey.spec.ts"))
  .sort();

// Which parts run: no file named → everything; otherwise only the named specs and journeys.
const runSpecs = journeyArgs.length === 0 || fileArgs.length > 0;
const journeys =
  journeyArgs.length > 0 ? journeyArgs.map((a) => basename(a)) : fileArgs.length ? [] : allJourneys;

/**
 * The ordinary specs run in groups, each on its own fresh copy of the seeded directory and its own
 * server, queued longest first so that the lanes end close together (in this order they took 210,
 * 191, 170, 162, 155, 134 and 75 s side by side on two lanes, docs/benchmarks.md); the journeys
 * fill the lanes after them. A group's specs run in file order (Playwright sorts them) against one
 * server: a spec sees what the specs before it in its group changed, never another group's data.
 *
 * - specs-a, specs-b, specs-c: the specs in three parts of about equal time (as one group they
 *   took 522–590 s on CI, the longest run of all). Specs whose checks count what others add stay
 *   in one group, in the order they had: audit.spec.ts counts the accounts and second factors
 *   before auth-admin.spec.ts adds its own; overview.spec.ts counts the pending papers before
 *   paper-attachments.spec.ts drafts one; indicator-links.spec.ts revokes the first link before
 *   my-tasks.spec.ts creates another; screenshots.spec.ts (KURS_SCREENSHOTS=1 only) drafts a
 *   concept version and its paper after concept.spec.ts. A spec listed nowhere runs in
 *   defaultGroup.
 * - The page sweeps: axe and reflow over every page, for every role and language
 *   (e2e/pages/sweep.ts). They only read (public-site.spec.ts publishes one measure of its own,
 *   the admin sweep enrols its second factor); split in four, no group holds up the lanes (one
 *   sweep group took 18.5 min before the split).
 *
 * A group naming a spec that does not exist, or a spec named by two groups, stops the run.
 */
const specGroups: { name: string; files: string[] }[] = [
  // Grant applications, indicators and tasks, council pages and papers, the overview.
  {
    name: "specs-a",
    files: [
      "council-pages.spec.ts",
      "grant-applications.spec.ts",
      "indicator-definitions.spec.ts",
      "indicator-links.spec.ts",
      "indicators.spec.ts",
      "my-tasks.spec.ts",
      "overview.spec.ts",
      "paper-attachments.spec.ts",
    ],
  },
  // Accounts and sign-in (also through OIDC), the audit log, concept, language, keyboard.
  {
    name: "specs-b",
    files: [
      "audit.spec.ts",
      "auth-admin.spec.ts",
      "auth-sign-in.spec.ts",
      "concept.spec.ts",
      "keyboard.spec.ts",
      "language.spec.ts",
      "oidc-sign-in.spec.ts",
      "screenshots.spec.ts",
    ],
  },
  // Measures, their views and forms, the budget.
  {
    name: "specs-c",
    files: [
      "ledger.spec.ts",
      "measure-dates.spec.ts",
      "measure-views.spec.ts",
      "measures.spec.ts",
      "money-input.spec.ts",
    ],
  },
  { name: "sweeps-public", files: ["public-site.spec.ts"] },
  { name: "sweeps-readers", files: ["reflow-readers.spec.ts"] },
  { name: "sweeps-editors", files: ["reflow-all-pages.spec.ts"] },
  { name: "sweeps-signed-out", files: ["accessibility.spec.ts"] },
];
/** New specs go to the group that took the least time. */
const defaultGroup = "specs-c";
const allSpecs = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".spec.ts") && !f.endsWith(".journey.spec.ts"))
  .sort();
const groupOf = new Map<string, string>();
for (const group of specGroups) {
  for (const file of group.files) {
    if (!allSpecs.includes(file))
      throw new Error(`e2e/run.ts: group ${group.name} names ${file}, no such spec`);
    const other = groupOf.get(file);
    if (other) throw new Error(`e2e/run.ts: ${file} is in both ${other} and ${group.name}`);
    groupOf.set(file, group.name);
  }
}
if (!specGroups.some((g) => g.name === defaultGroup))
  throw new Error(`e2e/run.ts: no group ${defaultGroup}`);

/**
 * Which specs run in which group: with no spec file named, every spec (one not listed in its
 * default group); otherwise only the named ones, each in its own group, so a spec named alone
 * runs as it does in CI and several named together run side by side as there.
 */
const wanted = fileArgs.length > 0 ? fileArgs.map((a) => basename(a)) : allSpecs;
const queue: (() => Run)[] = [];
if (runSpecs) {
  const named = new Set(fileArgs);
  const options = otherArgs.filter((a) => !named.has(a));
  for (const group of specGroups) {
    const files = wanted.filter((f) => (groupOf.get(f) ?? defaultGroup) === group.name);
    if (files.length === 0) continue;
    queue.push(() => ({
      name: group.name,
      args: ["--project=chromium", ...options, ...files.map((f) => `e2e/${f}`)],
      dataDir: freshCopy(group.name),
      env: {},
    }));
  }
}
for (const journey of journeys) {
  queue.push(() => {
    const options = otherArgs.filter((a) => !a.endsWith(".spec.ts"));
    const dir = freshCopy(journey.replace(/\W/g, "-"));
    return {
      name: journey.replace(/\.journey\.spec\.ts$/, ""),
      args: ["--project=journeys", ...options, `e2e/${journey}`],
      dataDir: dir,
      env: {
        ...prepareCounty(journey, dir),
        KURS_E2E_JOURNEY: journey,
        ...(journeyToday[journey] ? { KURS_TODAY: journeyToday[journey] } : {}),
      },
    };
  });
}

let failed = 0;
try {
  await prepareTemplate();
  const started = Date.now();
  failed = await runAll(queue, lanes);
  console.log(`\n[e2e] all runs done (${Math.round((Date.now() - started) / 1000)} s)`);
} finally {
  cleanup();
}
if (failed) console.error(`\n[e2e] ${failed} Playwright run(s) failed`);
process.exit(failed ? 1 : 0);
