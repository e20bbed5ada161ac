import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import type { Config } from "./config";
import { runProofReminderJob } from "./features/grants/proof-reminders";
import { startBackupSchedule } from "./operations/backup/schedule";
import { seedRotenburg } from "./operations/seed/seed";
import { todayIso } from "./platform/clock";
import { lockDataDir } from "./platform/db/data-dir-lock";
import { type Database, openDatabase } from "./platform/db/database";
import { openConfiguredDatabase } from "./platform/db/open-from-config";
import { mailerFromEnv } from "./platform/mail/mailer";
import { startReminderSchedule } from "./platform/mail/reminder-schedule";
import { resolveDefaultTenant } from "./platform/tenancy/request-context";
import { runReminderJob } from "./read-models/committee-reports/reminder-job";
import { httpOParlReader } from "./read-models/oparl/import/client";
import { startSyncSchedule } from "./read-models/oparl/sync-schedule";

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  /** Finishes in-flight requests, checkpoints and closes the database, releases the lock. */
  stop(): Promise<void>;
}

/** Opens (and locks) the database, migrates, seeds a fresh one, and listens. */
export async function runServer(config: Config): Promise<RunningServer> {
  const release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  let database: Database | null = null;
  let replica: Database | null = null;
  try {
    database = await openConfiguredDatabase(config);
    await database.migrate();
    if (!(await resolveDefaultTenant(database.db, config.tenantSlug))) {
      await seedRotenburg(database.db, { examples: process.env.KURS_SEED_EXAMPLES !== "0" });
    }
    if (config.databaseReplicaUrl) {
      if (!config.databaseUrl)
        throw new Error("DATABASE_REPLICA_URL braucht DATABASE_URL (PostgreSQL).");
      replica = await openDatabase({ driver: "postgres", url: config.databaseReplicaUrl });
    }
    const app = await buildApp({
      database,
      replica,
      webRoot: config.webRoot,
      tenantSlug: config.tenantSlug,
      behindTls: config.behindTls,
      trustProxy: config.trustProxy,
      allowedOrigins: config.allowedOrigins,
      rateLimit: config.rateLimit,
      oidc: config.oidc,
      localLogin: config.localLogin,
      oparlAllowPrivateNetworks: config.oparlAllowPrivateNetworks,
      logger: {
        level: config.logLevel,
        redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
      },
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const db = database;
    // PostgreSQL is backed up by its own tools (pg_dump); the embedded database by Kurs itself.
    const backups = config.databaseUrl
      ? null
      : startBackupSchedule({
          database: db,
          dir: config.backupDir,
          intervalHours: config.backupIntervalHours,
          keep: config.backupKeep,
          log: app.log,
        });
    // Requests for progress updates (report_reminder) and reminders of proofs of use
    // (grant_proof_reminder) go out by themselves; each once.
    const reminders = startReminderSchedule({
      db: db.db,
      intervalMinutes: config.reminderIntervalMinutes,
      mailer: mailerFromEnv(),
      today: todayIso,
      log: app.log,
      jobs: [runReminderJob, runProofReminderJob],
    });
    // The automatic OParl sync of the counties that switched it on (oparl/sync-schedule.ts).
    const oparlSyncs = startSyncSchedule({
      db: db.db,
      reader: httpOParlReader({ allowPrivateNetworks: config.oparlAllowPrivateNetworks }),
      log: app.log,
      intervalMinutes: config.oparlSyncCheckMinutes,
    });
    let stopping: Promise<void> | null = null;
    return {
      app,
      database: db,
      url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`,
      stop: () => {
        stopping ??= (async () => {
          try {
            await app.close();
          } finally {
            await backups?.stop().catch(() => {});
            await reminders?.stop().catch(() => {});
            await oparlSyncs?.stop().catch(() => {});
            try {
              await db.checkpoint();
            } finally {
              await replica?.close().catch(() => {});
              await db.close();
              release();
            }
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await replica?.close().catch(() => {});
    await database?.close().catch(() => {});
    release();
    throw error;
  }
}
