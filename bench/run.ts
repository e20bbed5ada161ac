import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/server/platform/db/database";
import { dropLargeCountyTemplate } from "./lib/data";
import { commitOf, machineOf, tableOf, writeResult } from "./lib/report";
import type { BenchContext, Scenario, ScenarioResult } from "./scenario";

/**
 * `npm run bench [-- --scenario NAME] [--seconds N] [--no-write]`: runs every scenario in
 * bench/scenarios/*.ts (each default-exports a `Scenario`) one after the other, prints a table per
 * scenario and writes it to docs/benchmarks.md. PostgreSQL: BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), where scenarios create and drop their databases;
 * without a reachable server the PostgreSQL parts are skipped. Loopback only, bounded in time.
 */
const { values } = parseArgs({
  options: {
    scenario: { type: "string", multiple: true },
    seconds: { type: "string", default: "10" },
    "no-write": { type: "boolean" },
    list: { type: "boolean" },
  },
});

const dir = fileURLToPath(new URL("./scenarios/", import.meta.url));
const scenarios: Scenario[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .sort()) {
  const mod = (await import(new URL(`./scenarios/${file}`, import.meta.url).href)) as {
    default?: Scenario;
  };
  if (mod.default?.name && typeof mod.default.run === "function") scenarios.push(mod.default);
  else console.warn(`bench/scenarios/${file} default-exports no Scenario; skipped`);
}
if (values.list) {
  for (const s of scenarios) console.log(`${s.name.padEnd(28)} ${s.summary}`);
  process.exit(0);
}
const wanted = values.scenario ?? scenarios.map((s) => s.name);
const unknown = wanted.filter((n) => !scenarios.some((s) => s.name === n));
if (unknown.length) {
  console.error(
    `Unknown scenario ${unknown.join(", ")}; known: ${scenarios.map((s) => s.name).join(", ")}`,
  );
  process.exit(2);
}

const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
let postgresUrl: string | null = serverUrl;
let postgresVersion: string | null = null;
try {
  const probe = await openDatabase({ driver: "postgres", url: serverUrl, poolSize: 1 });
  postgresVersion =
    (await probe.query<{ v: string }>("select current_setting('server_version') v"))[0]?.v ?? null;
  await probe.close();
} catch (error) {
  console.warn(
    `PostgreSQL at ${serverUrl} not reachable (${(error as Error).message}): PostgreSQL parts are skipped.`,
  );
  postgresUrl = null;
}

const seconds = Number(values.seconds);
const context: BenchContext = {
  postgresUrl,
  seconds,
  log: (line) => console.log(`  ${line}`),
};
const command = [
  process.env.BENCH_DATABASE_URL ? `BENCH_DATABASE_URL=${process.env.BENCH_DATABASE_URL} ` : "",
  "npm run bench",
  process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : "",
].join("");
const info = {
  date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  commit: commitOf(),
  machine: machineOf(postgresVersion),
  command,
};
const docs = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));
const started = Date.now();
const outcomes: {
  scenario: Scenario;
  result: ScenarioResult | null;
  error?: string;
  ms: number;
}[] = [];
for (const name of wanted) {
  const scenario = scenarios.find((s) => s.name === name) as Scenario;
  console.log(`\n▶ ${scenario.name}: ${scenario.summary}`);
  const t0 = Date.now();
  try {
    const result = await scenario.run(context);
    outcomes.push({ scenario, result, ms: Date.now() - t0 });
    console.log(`\n${tableOf(result)}\n`);
    const took = `${scenario.name} took ${Math.round((Date.now() - t0) / 1000)} s`;
    console.log(`  ${took}`);
    const noted = { ...result, notes: [result.notes, `Time: ${took}.`].filter(Boolean).join(" ") };
    if (!values["no-write"]) writeResult(docs, scenario.name, scenario.summary, noted, info);
  } catch (error) {
    console.error(error);
    console.log(`  ${scenario.name} FAILED after ${Math.round((Date.now() - t0) / 1000)} s`);
    outcomes.push({ scenario, result: null, error: (error as Error).message, ms: Date.now() - t0 });
  }
}

await dropLargeCountyTemplate();

console.log(`\nKurs bench — ${info.date} — ${info.commit}\n${info.machine}\n${command}\n`);
console.log("| scenario | ratio | time s | status |\n|---|---|---:|---|");
for (const o of outcomes) {
  const ratio = o.result?.ratio
    ? `${o.result.ratio.label}: ${o.result.ratio.value.toFixed(2)}`
    : "";
  console.log(
    `| ${o.scenario.name} | ${ratio} | ${Math.round(o.ms / 1000)} | ${o.error ? `FAILED: ${o.error}` : "ok"} |`,
  );
}
console.log(
  `\nTotal ${Math.round((Date.now() - started) / 1000)} s.${values["no-write"] ? "" : " Written to docs/benchmarks.md."}`,
);
process.exitCode = outcomes.some((o) => o.error) ? 1 : 0;
