import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

/** The repository root: the server runs from there so that `--import tsx` resolves. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves once the process has exited (never rejects). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last 64 kB the process wrote to stderr. */
  stderr(): string;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Node's arguments for the server from source (under tsx). */
const serverFromSource = ["--import", "tsx", "src/server/operations/cli/serve.ts"];

/**
 * Node's arguments in an npm script of package.json (the one home of how Kurs runs): what follows
 * the script's last `node ` (e.g. `start`: `node scripts/build-if-stale.mjs && node …`).
 */
function nodeArgumentsOf(script: string): string[] {
  const scripts = JSON.parse(readFileSync(`${repoRoot}/package.json`, "utf8")).scripts;
  const line = String(scripts?.[script] ?? "");
  const at = line.lastIndexOf("node ");
  if (at < 0) throw new Error(`package.json script "${script}" does not run node`);
  return line
    .slice(at + "node ".length)
    .trim()
    .split(/\s+/);
}

/** Node's arguments for the production build (`npm run build`), as `npm start` runs it. */
export const compiledServer = nodeArgumentsOf("start");

/** Node's arguments for the compiled command line, as `npm run kurs --` runs it. */
export const compiledCli = nodeArgumentsOf("kurs");

/**
 * Starts `src/server/operations/cli/serve.ts` directly with node (not npm, which would not pass SIGKILL on) on
 * the embedded database in `dataDir`; `args` may name another entry (e.g. the compiled server).
 */
export function spawnServer(
  dataDir: string,
  port: number,
  env: NodeJS.ProcessEnv = {},
  args: string[] = serverFromSource,
): ServerProcess {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: "127.0.0.1",
      KURS_DATA_DIR: dataDir,
      KURS_SKIP_WEB_BUILD: "1",
      KURS_WEB_ROOT: "/nonexistent",
      LOG_LEVEL: "warn",
      // The writers here are a load generator on loopback, not clients to throttle.
      KURS_RATE_LIMIT_READ: "1000000",
      KURS_RATE_LIMIT_WRITE: "1000000",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-65_536);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  return { child, url: `http://127.0.0.1:${port}`, exited, stderr: () => stderr };
}

/** Polls GET /api/health until 200; throws if the process exits first or time runs out. */
export async function waitUntilHealthy(
  server: ServerProcess,
  timeoutMs = 60_000,
  pollMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void server.exited.then(() => {
    gone = true;
  });
  while (Date.now() < deadline) {
    if (gone) {
      const { code, signal } = await server.exited;
      throw new Error(
        `Server exited (code ${code}, signal ${signal}) before it was healthy:\n${server.stderr()}`,
      );
    }
    try {
      const response = await fetch(`${server.url}/api/health`, {
        signal: AbortSignal.timeout(2_000),
      });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  server.child.kill("SIGKILL");
  throw new Error(`Server not healthy within ${timeoutMs} ms:\n${server.stderr()}`);
}

export async function startServer(
  dataDir: string,
  env?: NodeJS.ProcessEnv,
): Promise<ServerProcess> {
  const server = spawnServer(dataDir, await freePort(), env);
  await waitUntilHealthy(server);
  return server;
}

/** Sends `signal` and waits for the exit, at most `timeoutMs` (then SIGKILL, and it throws). */
export async function stopServer(
  server: ServerProcess,
  signal: NodeJS.Signals = "SIGTERM",
  timeoutMs = 10_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const result = await Promise.race([server.exited, timeout]);
  clearTimeout(timer);
  if (!result) {
    server.child.kill("SIGKILL");
    await server.exited;
    throw new Error(`Server did not exit within ${timeoutMs} ms after ${signal}`);
  }
  return { ...result, ms: Date.now() - started };
}
