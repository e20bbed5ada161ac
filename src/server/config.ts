import { resolve } from "node:path";
import { localLoginFromEnv, type OidcConfig, oidcConfigFromEnv } from "./platform/auth/oidc/config";

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  /** A read-only standby for anonymous reads (streaming replication); null: none. */
  databaseReplicaUrl: string | null;
  dataDir: string;
  backupDir: string;
  backupIntervalHours: number;
  backupKeep: number;
  /** Minutes between runs of the reminder job (0: off). */
  reminderIntervalMinutes: number;
  /** Minutes between looks for a due automatic OParl sync (0: off in this process). */
  oparlSyncCheckMinutes: number;
  logLevel: string;
  tenantSlug: string | undefined;
  webRoot: string;
  behindTls: boolean;
  trustProxy: boolean;
  allowedOrigins: string[];
  rateLimit: { read: number; write: number };
  /** Sign-in through the county's identity provider (KURS_OIDC_*); null: passwords only. */
  oidc: OidcConfig | null;
  /** KURS_LOCAL_LOGIN=0: passwords only for the break-glass admin. */
  localLogin: boolean;
  /** KURS_OPARL_ALLOW_PRIVATE=1: the OParl address may be in loopback or private networks. */
  oparlAllowPrivateNetworks: boolean;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} muss eine ganze Zahl ≥ ${min} sein (ist: ${raw}).`);
  }
  return value;
}

/** All settings, from the environment (see the README's configuration table). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.KURS_DATA_DIR ?? "data");
  const oidc = oidcConfigFromEnv(env);
  return {
    oidc,
    localLogin: localLoginFromEnv(env, oidc),
    port: intFromEnv(env, "PORT", 3000),
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: env.DATABASE_URL || null,
    databaseReplicaUrl: env.DATABASE_REPLICA_URL || null,
    dataDir,
    backupDir: resolve(env.KURS_BACKUP_DIR ?? resolve(dataDir, "backups")),
    backupIntervalHours: intFromEnv(env, "KURS_BACKUP_INTERVAL_HOURS", 24),
    backupKeep: intFromEnv(env, "KURS_BACKUP_KEEP", 7, 1),
    reminderIntervalMinutes: intFromEnv(env, "KURS_REMINDER_INTERVAL_MINUTES", 60),
    oparlSyncCheckMinutes: intFromEnv(env, "KURS_OPARL_SYNC_CHECK_MINUTES", 15),
    logLevel: env.LOG_LEVEL ?? "info",
    tenantSlug: env.KURS_TENANT || undefined,
    webRoot: resolve(env.KURS_WEB_ROOT ?? "dist/web"),
    behindTls: env.KURS_TLS === "1" || env.KURS_TLS === "true",
    trustProxy: env.KURS_TRUST_PROXY === "1" || env.KURS_TRUST_PROXY === "true",
    allowedOrigins: (env.KURS_ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    oparlAllowPrivateNetworks: env.KURS_OPARL_ALLOW_PRIVATE === "1",
    rateLimit: {
      read: intFromEnv(env, "KURS_RATE_LIMIT_READ", 1200, 1),
      write: intFromEnv(env, "KURS_RATE_LIMIT_WRITE", 120, 1),
    },
  };
}
