import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import type { ScenarioResult } from "../scenario";

export interface RunInfo {
  date: string;
  commit: string;
  machine: string;
  command: string;
}

export function commitOf(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim();
    return dirty ? `${sha} (+ uncommitted changes)` : sha;
  } catch {
    return "unknown";
  }
}

export function machineOf(postgresVersion: string | null): string {
  const cpu = cpus();
  const pglite = JSON.parse(
    readFileSync(
      new URL("../../node_modules/@electric-sql/pglite/package.json", import.meta.url),
      "utf8",
    ),
  ).version;
  return [
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? "?"})`,
    `${Math.round(totalmem() / 2 ** 30)} GiB`,
    `Node ${process.versions.node}`,
    postgresVersion ? `PostgreSQL ${postgresVersion}` : "no PostgreSQL",
    `PGlite ${pglite}`,
  ].join(", ");
}

const fmt = (v: number | string) =>
  typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v;

/** A markdown table of one scenario's rows (columns: the union of their metrics). */
export function tableOf(result: ScenarioResult): string {
  const keys = [...new Set(result.rows.flatMap((r) => Object.keys(r.metrics)))];
  const lines = [
    `| measured | ${keys.join(" | ")} |`,
    `|---|${keys.map(() => "---:").join("|")}|`,
    ...result.rows.map(
      (r) => `| ${r.label} | ${keys.map((k) => fmt(r.metrics[k] ?? "")).join(" | ")} |`,
    ),
  ];
  if (result.ratio) lines.push("", `**${result.ratio.label}: ${fmt(result.ratio.value)}**`);
  if (result.notes) lines.push("", result.notes);
  return lines.join("\n");
}

const section = "## `npm run bench` (written by the harness)";

/**
 * Replaces this scenario's block in docs/benchmarks.md (between its markers) or appends it under
 * the harness's section; everything else in the file stays as it is.
 */
export function writeResult(
  file: string,
  name: string,
  summary: string,
  result: ScenarioResult,
  info: RunInfo,
) {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = [
    start,
    `### ${name}`,
    "",
    summary,
    "",
    `Command: \`${info.command}\` — ${info.date}, commit ${info.commit}.  `,
    `Machine: ${info.machine}.`,
    "",
    tableOf(result),
    end,
  ].join("\n");
  let text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) {
    text = text.slice(0, from) + block + text.slice(to + end.length);
  } else {
    if (!text.includes(section)) {
      text = `${text.trimEnd()}\n\n${section}\n\nEach scenario's latest run; \`npm run bench -- --scenario NAME\` replaces only its own block.\n`;
    }
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(file, text);
}
