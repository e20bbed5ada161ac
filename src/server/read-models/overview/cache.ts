import { sql } from "drizzle-orm";
import type { Overview } from "../../../contract/overview";
import type { Audience } from "../../features/measures/published";
import type { Executor } from "../../platform/db/database";

/** Audit events above the watermark before it is moved up (counting them must stay cheap). */
const advanceAfter = 256;

/**
 * The tenant's data version, read in the database on every request so that every server process
 * agrees on it. Every write records an audit event in its own transaction, after its change, and
 * audit_event is append-only (migration 0002), so the number of a tenant's audit events grows with
 * every committed write and never returns to an earlier value.
 *
 * The newest id alone would not do: ids are handed out at insert, not at commit, so a write that
 * took id 100 may commit after one that took 101. Counting all events is exact but costs a scan
 * of the whole trail (200,000 events in the large county: most of a request). So the count is
 * split at a watermark W: events up to W are counted once and that count is remembered with W.
 * The version is the total count (remembered count up to W plus the count above W) and the newest
 * id, so it does not depend on where W stands.
 *
 * `settled` says that no transaction anywhere on the server held a transaction id when this
 * statement looked, after its snapshot was taken: every transaction that had inserted an event by
 * then (and so holds an id up to `newest`) has ended, and a later statement sees all of them.
 * (The snapshot's own list of running transactions would not do: it leaves out transactions whose
 * id is above every finished one.) On a standby the primary's transactions cannot be seen, so it
 * never counts as settled. `pg_is_in_recovery()` keeps a standby's answers apart from the primary's.
 */
export async function dataVersion(
  db: Executor,
  tenantId: string,
  watermark: Watermark,
): Promise<{ key: string; settled: boolean; newest: number; total: number; standby: boolean }> {
  const result = (await db.execute(
    sql`select coalesce(max(id), ${watermark.id})::text as newest, count(*)::int as above,
               pg_is_in_recovery() as standby,
               not pg_is_in_recovery() and not exists (
                 select from pg_locks
                  where locktype = 'transactionid' and mode = 'ExclusiveLock' and granted
                    and pid <> pg_backend_pid()) as settled
          from audit_event where tenant_id = ${tenantId} and id > ${watermark.id}`,
  )) as unknown as {
    rows: { newest: string; above: number; settled: boolean; standby: boolean }[];
  };
  const row = result.rows[0];
  const newest = Number(row?.newest ?? watermark.id);
  const total = watermark.count + Number(row?.above ?? 0);
  return {
    key: `${total}:${newest}`,
    settled: row?.settled === true,
    newest,
    total,
    standby: row?.standby === true,
  };
}

/**
 * The watermark moved up to `newest` after `dataVersion` found the server settled: the events up
 * to it are counted again by this later statement, which sees every one of them (a write that
 * committed between the first statement's snapshot and its look at the locks is counted here).
 */
async function advancedWatermark(
  db: Executor,
  tenantId: string,
  from: Watermark,
  newest: number,
): Promise<Watermark> {
  const result = (await db.execute(
    sql`select count(*)::int as n from audit_event
         where tenant_id = ${tenantId} and id > ${from.id} and id <= ${newest}`,
  )) as unknown as { rows: { n: number }[] };
  return { id: newest, count: from.count + Number(result.rows[0]?.n ?? 0) };
}

/** An audit id up to which every event of the tenant is committed, and how many events that is. */
export interface Watermark {
  id: number;
  count: number;
}

const noWatermark: Watermark = { id: 0, count: 0 };

/**
 * The computed Übersicht of each tenant, one entry per tenant (and per primary/standby), valid
 * for one data version and one day (overdue, focus, fund purposes and reporting duties depend on
 * today). Lives in one server process; correctness across processes comes from the key being read
 * from the database on every request, never from telling other processes.
 */
export class OverviewCache {
  private readonly entries = new Map<string, { key: string; overview: Overview }>();
  private readonly watermarks = new Map<string, Watermark>();
  /** Computations running now, so that concurrent misses on the same key compute once. */
  readonly running = new Map<string, Promise<Overview>>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxTenants = 1000) {}

  get(slot: string, key: string): Overview | undefined {
    const entry = this.entries.get(slot);
    if (entry?.key === key) {
      this.hits++;
      return entry.overview;
    }
    this.misses++;
    return undefined;
  }

  set(slot: string, key: string, overview: Overview): void {
    this.entries.delete(slot);
    if (this.entries.size >= this.maxTenants) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
        this.watermarks.delete(oldest);
      }
    }
    this.entries.set(slot, { key, overview });
  }

  watermark(slot: string): Watermark {
    return this.watermarks.get(slot) ?? noWatermark;
  }

  setWatermark(slot: string, watermark: Watermark): void {
    this.watermarks.set(slot, watermark);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The overview from the cache when the tenant's data version and the day are unchanged, else
 * computed by `read` and kept. The version is read BEFORE the data: under READ COMMITTED each
 * statement sees the newest commits, so the data are at least as new as the key says; a write
 * committed in between changes the version, and the next request computes afresh.
 */
export async function cached(
  cache: OverviewCache | null,
  db: Executor,
  tenantId: string,
  today: string,
  read: () => Promise<Overview>,
  audience: Audience = "internal",
): Promise<Overview> {
  if (!cache) return read();
  // Anonymous readers count only published measures: their overview is cached apart.
  let slot = audience === "public" ? `${tenantId}|public` : tenantId;
  let version = await dataVersion(db, tenantId, cache.watermark(slot));
  if (version.standby) {
    slot = `${slot}|standby`;
    version = await dataVersion(db, tenantId, cache.watermark(slot));
  }
  const mark = cache.watermark(slot);
  if (version.settled && version.newest > mark.id) {
    if (mark.id === 0 || version.total - mark.count > advanceAfter) {
      // Nothing was in flight: every event up to `newest` is final, so it becomes the watermark.
      cache.setWatermark(slot, await advancedWatermark(db, tenantId, mark, version.newest));
    }
  }
  const key = `${today}|${version.key}`;
  const hit = cache.get(slot, key);
  if (hit) return hit;
  // Right after a write every concurrent request misses; the same key means the same data, so
  // they wait for the one computation instead of each running it (its failure is not shared).
  const flight = `${slot}|${key}`;
  const running = cache.running.get(flight);
  if (running) {
    const shared = await running.catch(() => null);
    if (shared) return shared;
  }
  const computing = read();
  cache.running.set(flight, computing);
  try {
    const overview = await computing;
    cache.set(slot, key, overview);
    return overview;
  } finally {
    if (cache.running.get(flight) === computing) cache.running.delete(flight);
  }
}
