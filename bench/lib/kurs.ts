import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import { type Database, openDatabase } from "../../src/server/platform/db/database";

/** A fresh database for one scenario: PostgreSQL (created on the bench server) or PGlite. */
export interface BenchDatabase {
  database: Database;
  /** postgres://… of the database (PostgreSQL only), e.g. for a server process. */
  url: string | null;
  drop(): Promise<void>;
}

/** `template`: copy that (migrated) database instead of migrating an empty one. */
export async function createPostgresDatabase(
  serverUrl: string,
  label: string,
  poolSize = 10,
  options: { template?: string } = {},
): Promise<BenchDatabase> {
  const admin = await openDatabase({ driver: "postgres", url: serverUrl, poolSize: 1 });
  const name = `kurs_bench_${label.replace(/[^a-z0-9]/g, "_")}_${Date.now().toString(36)}`;
  await admin.exec(
    options.template
      ? `create database ${name} template ${options.template} strategy file_copy`
      : `create database ${name}`,
  );
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const database = await openDatabase({ driver: "postgres", url: target.toString(), poolSize });
  if (!options.template) await database.migrate();
  return {
    database,
    url: target.toString(),
    drop: async () => {
      await database.close();
      await admin.exec(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

export async function createPgliteDatabase(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "kurs-bench-"));
  const database = await openDatabase({ driver: "pglite", dataDir: join(dir, "pgdata") });
  await database.migrate();
  return {
    database,
    url: null,
    drop: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs Kurs in this process on loopback for the tenant `slug`; `extra` may add bench routes. */
export async function withKurs<T>(
  database: Database,
  slug: string,
  work: (base: string, app: FastifyInstance) => Promise<T>,
  extra?: (app: FastifyInstance) => void,
): Promise<T> {
  const app = await buildApp({
    database,
    tenantSlug: slug,
    rateLimit: { read: 1e9, write: 1e9 },
    logger: process.env.BENCH_LOG ? { level: "error" } : false,
  });
  extra?.(app);
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  try {
    return await work(base, app);
  } finally {
    await app.close();
  }
}

/**
 * Signs in as a synthetic county's coordinator (the office: it sees every measure, not only the
 * published ones) and returns the headers that carry the session.
 */
export async function officeHeaders(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const origin = "http://localhost:80";
  const response = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
    headers: { origin },
  });
  if (response.statusCode !== 200) throw new Error(`bench sign-in failed: ${response.body}`);
  const raw = response.headers["set-cookie"];
  const cookie = (Array.isArray(raw) ? raw[0] : raw)?.split(";")[0];
  if (!cookie) throw new Error("bench sign-in: no session cookie");
  return { cookie };
}

export type LoadFigures = {
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  requests: number;
  errors: number;
};

/** autocannon against one URL for `seconds` (loopback only: refuses anything else). */
export async function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost") throw new Error(`not loopback: ${url}`);
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    // Slow answers under overload count as latency, not as errors.
    timeout: 60,
  });
  return {
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** A short warm-up so that plans, pools and JIT are in the same state for both sides. */
export async function warmUp(
  url: string,
  seconds = 2,
  headers?: Record<string, string>,
): Promise<void> {
  await load(url, { connections: 4, seconds, headers });
}

export const today = () => new Date().toISOString().slice(0, 10);
