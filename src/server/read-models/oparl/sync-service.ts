import { eq } from "drizzle-orm";
import type { OParlSync } from "../../../contract/oparl-sync";
import { DomainError } from "../../../domain/errors";
import type { OParlSchedule } from "../../../domain/oparl-schedule";
import { readOParlEntryUrl } from "../../../domain/oparl-terms";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Executor } from "../../platform/db/database";
import { type OParlRunRecord, oparlSync } from "../../platform/db/schema";
import type { TenantDb } from "../../platform/db/tenant-scope";
import type { OParlReader } from "./import/client";
import { type ImportProgress, importOParl } from "./import/service";
import { assertPublicUrl, NonPublicAddressError } from "./public-address";

/**
 * The import from the county's council information system, run from the admin page:
 * the first run reads everything, every later one only what changed since the last successful
 * one began (`modified_since`). One run per county at a time; its progress lives in this process.
 */

interface Running {
  startedAt: string;
  incremental: boolean;
  progress: ImportProgress | null;
  done: Promise<void>;
}
const running = new Map<string, Running>();

/** At most this many left-out objects are kept with the run (the count is kept whole). */
const keptSkipped = 50;

async function findSync(db: Executor, tenantId: string) {
  const [row] = await db.select().from(oparlSync).where(eq(oparlSync.tenantId, tenantId));
  return row ?? null;
}

export async function readSync(scope: TenantDb): Promise<OParlSync> {
  const row = await scope.transaction((tx) => findSync(tx, scope.tenantId));
  const now = running.get(scope.tenantId);
  const zero = { created: 0, updated: 0, unchanged: 0, conflict: 0 };
  return {
    entryUrl: row?.entryUrl ?? null,
    lastSince: row?.lastSince ? new Date(row.lastSince).toISOString() : null,
    lastRun: (row?.lastRun as OParlSync["lastRun"]) ?? null,
    schedule: row?.schedule ?? "off",
    running: now
      ? {
          startedAt: now.startedAt,
          incremental: now.incremental,
          phase: now.progress?.phase ?? "system",
          page: now.progress?.page ?? null,
          totalPages: now.progress?.totalPages ?? null,
          counts: now.progress?.counts ?? {
            organizations: zero,
            meetings: zero,
            agendaItems: zero,
            papers: zero,
            consultations: zero,
            files: zero,
          },
        }
      : null,
  };
}

/** Sets the OParl address (audited). A new address makes the next run read everything. */
export async function saveSyncSource(
  scope: TenantDb,
  {
    actor,
    requestId,
    entryUrl: typed,
    allowPrivateNetworks = false,
  }: { actor: string; requestId?: string; entryUrl: string; allowPrivateNetworks?: boolean },
): Promise<OParlSync> {
  const entryUrl = readOParlEntryUrl(typed);
  if (!entryUrl) throw new DomainError("invalid", "oparlSync.urlInvalid", {}, "entryUrl");
  // SSRF: the server will fetch this address; no loopback, link-local or private network.
  if (!allowPrivateNetworks) {
    try {
      await assertPublicUrl(entryUrl);
    } catch (error) {
      const code =
        error instanceof NonPublicAddressError ? "oparlSync.urlPrivate" : "oparlSync.urlUnresolved";
      throw new DomainError("invalid", code, {}, "entryUrl");
    }
  }
  const { tenantId } = scope;
  await scope.transaction(async (tx) => {
    const before = await findSync(tx, tenantId);
    if (before?.entryUrl === entryUrl) return;
    if (before)
      await tx
        .update(oparlSync)
        .set({ entryUrl, lastSince: null })
        .where(eq(oparlSync.tenantId, tenantId));
    else await tx.insert(oparlSync).values({ tenantId, entryUrl });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "oparl.source",
      entityType: "oparl_sync",
      before: before ? { entryUrl: before.entryUrl } : undefined,
      after: { entryUrl },
    });
  });
  return readSync(scope);
}

/** Switches the automatic sync (audited); it needs an address first. */
export async function saveSyncSchedule(
  scope: TenantDb,
  { actor, requestId, schedule }: { actor: string; requestId?: string; schedule: OParlSchedule },
): Promise<OParlSync> {
  const { tenantId } = scope;
  await scope.transaction(async (tx) => {
    const before = await findSync(tx, tenantId);
    if (!before) throw new DomainError("invalid", "oparlSync.noSource", {}, "schedule");
    if (before.schedule === schedule) return;
    await tx.update(oparlSync).set({ schedule }).where(eq(oparlSync.tenantId, tenantId));
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "oparl.schedule",
      entityType: "oparl_sync",
      before: { schedule: before.schedule },
      after: { schedule },
    });
  });
  return readSync(scope);
}

/**
 * Starts a run in the background and answers at once; the page follows it through `readSync`.
 * Refused while one runs or before an address is set.
 */
export async function startSync(
  scope: TenantDb,
  { actor, reader, full }: { actor: string; reader: OParlReader; full: boolean },
): Promise<OParlSync> {
  const { tenantId } = scope;
  if (running.has(tenantId)) throw new DomainError("conflict", "oparlSync.running");
  const row = await scope.transaction((tx) => findSync(tx, tenantId));
  if (!row) throw new DomainError("invalid", "oparlSync.noSource", {}, "entryUrl");
  const startedAt = new Date().toISOString();
  const since = full || !row.lastSince ? undefined : new Date(row.lastSince).toISOString();
  const state: Running = {
    startedAt,
    incremental: since !== undefined,
    progress: null,
    done: Promise.resolve(),
  };
  const record = async (values: Partial<typeof oparlSync.$inferInsert>) =>
    scope.transaction((tx) =>
      tx.update(oparlSync).set(values).where(eq(oparlSync.tenantId, tenantId)),
    );
  state.done = (async () => {
    const run: OParlRunRecord = { startedAt, finishedAt: startedAt, incremental: !!since };
    try {
      const result = await importOParl(scope, reader, row.entryUrl, {
        actor,
        modifiedSince: since,
        onProgress: (p) => {
          state.progress = structuredClone(p);
        },
      });
      await record({
        // What changed while this run read is asked for again next time.
        lastSince: startedAt,
        lastRun: {
          ...run,
          finishedAt: new Date().toISOString(),
          counts: result.counts,
          skipped: result.skipped.slice(0, keptSkipped),
          skippedTotal: result.skipped.length,
          conflicts: result.conflicts,
        },
      });
    } catch (error) {
      await record({
        lastRun: {
          ...run,
          finishedAt: new Date().toISOString(),
          error: error instanceof Error ? error.message : String(error),
        },
      }).catch(() => {});
    } finally {
      running.delete(tenantId);
    }
  })();
  running.set(tenantId, state);
  return readSync(scope);
}

/** Waits for this county's run to end (tests, shutdown). */
export async function syncFinished(tenantId: string): Promise<void> {
  await running.get(tenantId)?.done;
}
