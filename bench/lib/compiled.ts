import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  compiledCli,
  compiledServer,
  freePort,
  repoRoot,
  type ServerProcess,
  spawnServer,
  stopServer,
  waitUntilHealthy,
} from "../../src/testing/durability/server-process";

/**
 * The production start for the bench: the compiled server (`dist/server/start.js`, as `npm start`
 * runs it) and the compiled command line (`dist/server/kurs.js`), with plain node on loopback.
 */
/** The node arguments of `npm start` and `npm run kurs` after their build check (package.json). */
export { compiledCli, compiledServer, repoRoot };

/** The environment the bench gives a server: loopback, the built web app, no throttling. */
export const serverEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  KURS_WEB_ROOT: join(repoRoot, "dist", "web"),
  KURS_SKIP_WEB_BUILD: "1",
  ...extra,
});

/** `scripts/build-if-stale.mjs` (what `npm start` runs first): builds dist/ when it is stale. */
export async function buildIfStale(log: (line: string) => void): Promise<number> {
  const started = Date.now();
  const { KURS_SKIP_WEB_BUILD: _skip, ...env } = process.env;
  const output = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      ["scripts/build-if-stale.mjs"],
      { cwd: repoRoot, env, maxBuffer: 1 << 24, timeout: 600_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`build failed: ${stderr || error.message}`)) : resolve(stdout),
    );
  });
  const ms = Date.now() - started;
  log(output.trim() ? `build: ${output.trim().replace(/\n/g, "; ")}` : "dist/ is up to date");
  return ms;
}

/** Starts the compiled server on `dataDir` and waits for /api/health 200 (polled every 20 ms, at most 5 min). */
export async function startCompiled(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ server: ServerProcess; ms: number }> {
  const started = performance.now();
  const server = spawnServer(dataDir, await freePort(), serverEnv(env), compiledServer);
  // Bounded, but generous: a first start on a busy two-core machine took over 2 minutes.
  await waitUntilHealthy(server, 300_000, 20);
  return { server, ms: Math.round(performance.now() - started) };
}

export interface BenchAccount {
  email: string;
  role: "admin" | "coordinator" | "partner" | "committee";
  name: string;
  password: string;
}

export const benchCoordinator: BenchAccount = {
  email: "bench-koordinierung@example.org",
  role: "coordinator",
  name: "Bruno Bench",
  password: "Integrationskonzept-messen-im-Kreishaus-2026",
};

/**
 * `node dist/server/kurs.js create-user … --password-stdin` on `dataDir` (no server may run on
 * it: PGlite is locked). `prefix` runs it another way, e.g. `npm run kurs --`. Returns its wall time.
 */
export async function createUserCli(
  dataDir: string,
  account: BenchAccount,
  command: string[] = [process.execPath, ...compiledCli],
): Promise<number> {
  const started = performance.now();
  const [file, ...args] = command;
  const child = spawn(
    file ?? process.execPath,
    [
      ...args,
      "create-user",
      "--email",
      account.email,
      "--role",
      account.role,
      "--name",
      account.name,
      "--password-stdin",
    ],
    {
      cwd: repoRoot,
      env: { ...withoutDatabaseUrl(), KURS_DATA_DIR: dataDir, KURS_SKIP_WEB_BUILD: "1" },
      stdio: ["pipe", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr += chunk;
  });
  child.stdin?.end(account.password);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`create-user exited with ${code}: ${stderr}`);
  return Math.round(performance.now() - started);
}

const withoutDatabaseUrl = () => {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return env;
};

/** Signs in through the API as the browser does (Origin = the server); returns `name=value`. */
export async function signIn(base: string, account: BenchAccount): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (response.status !== 200) {
    throw new Error(`login failed (${response.status}): ${await response.text()}`);
  }
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error("login answered without a session cookie");
  return cookie;
}

export interface PreparedKurs {
  dir: string;
  /** First start on the empty directory: migrations and the Rotenburg seed, until healthy. */
  firstStartMs: number;
  /** `create-user` of the bench coordinator, on the stopped server's directory. */
  createUserMs: number;
  cleanup(): void;
}

/**
 * A fresh data directory seeded by the compiled server's first start, with the bench coordinator
 * created by the compiled command line; the server is stopped again.
 */
export async function prepareKurs(log: (line: string) => void): Promise<PreparedKurs> {
  await buildIfStale(log);
  const root = mkdtempSync(join(tmpdir(), "kurs-bench-compiled-"));
  const dir = join(root, "data");
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  try {
    const first = await startCompiled(dir);
    await stopServer(first.server, "SIGTERM", 30_000);
    log(`first start (migrate + seed Rotenburg) ${first.ms} ms`);
    const createUserMs = await createUserCli(dir, benchCoordinator);
    log(`create-user ${createUserMs} ms`);
    return { dir, firstStartMs: first.ms, createUserMs, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Resident memory of a process from /proc: now and its peak (high-water mark), in MiB. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb("VmRSS") / 1024), peak: Math.round(kb("VmHWM") / 1024) };
}

/** Processes whose parent is `pid` (from /proc/<n>/stat). */
export function childrenOf(pid: number): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) found.push({ pid: Number(entry), command: commandLineOf(Number(entry)) });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

export const commandLineOf = (pid: number) =>
  readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
