// Runs the Playwright browser tests in the system's Chromium; called by `npm test` after vitest.
//
// The seeded data directory (Rotenburg plus the test accounts) is built once, then copied:
// the ordinary specs run in groups (the rest, and the page sweeps — axe and reflow over every page —
// in four parts), each group on its own copy and its own server; every journey (`*.journey.spec.ts`)
// changes the seed's story (records the committee's resolution, widens the million's purpose, …),
// so each gets its own fresh copy and its own server. The runs go on KURS_E2E_LANES lanes at once
// (default 2), each lane on its own ports from KURS_E2E_PORT on. Arguments are passed to
// Playwright; with a journey file among them only that journey runs.
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
 * lane: the specs come first and take the longest, the sweep groups follow on the other lane, the
 * journeys fill whichever lane is free. On two cores two lanes keep both busy while one browser
 * waits for its server.
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
 * The page sweeps: axe and reflow over every page, for every role and language
 * (e2e/pages/sweep.ts). They only read (public-site.spec.ts publishes one measure of its own, the
 * admin sweep enrols its second factor), so they run beside the other specs, in groups of their
 * own, each on its own copy and server: no group is long enough to hold up the lanes (one sweep
 * group took 18.5 min before the split). Longest first; the journeys fill the lanes after them.
 */
const sweepGroups: { name: string; files: string[] }[] = [
  { name: "sweeps-public", files: ["public-site.spec.ts"] },
  { name: "sweeps-readers", files: ["reflow-readers.spec.ts"] },
  { name: "sweeps-editors", files: ["reflow-all-pages.spec.ts"] },
  { name: "sweeps-signed-out", files: ["accessibility.spec.ts"] },
];
const sweepSpecs = sweepGroups.flatMap((g) => g.files);
const allSpecs = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".spec.ts") && !f.endsWith(".journey.spec.ts"))
  .sort();
for (const file of sweepSpecs) {
  if (!allSpecs.includes(file))
    throw new Error(`e2e/run.ts: sweep group names ${file}, no such spec`);
}
const specGroups: { name: string; files: string[] }[] = [
  { name: "specs", files: allSpecs.filter((f) => !sweepSpecs.includes(f)) },
  ...sweepGroups,
];

const queue: (() => Run)[] = [];
if (runSpecs && fileArgs.length > 0) {
  // Named specs: one run, as before.
  queue.push(() => ({
    name: "specs",
    args: ["--project=chromium", ...otherArgs],
    dataDir: freshCopy("specs"),
    env: {},
  }));
} else if (runSpecs) {
  for (const group of specGroups.filter((g) => g.files.length > 0)) {
    queue.push(() => ({
      name: group.name,
      args: ["--project=chromium", ...otherArgs, ...group.files.map((f) => `e2e/${f}`)],
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
