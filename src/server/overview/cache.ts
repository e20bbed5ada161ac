import { sql } from "drizzle-orm";
import type { Overview } from "../../contract/overview";
import type { Executor } from "../db/database";

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
 * split at a watermark W: events up to W are counted once, and W is only moved up (to the newest
 * id) by a statement whose snapshot has no transaction in flight anywhere on the server; then no
 * event with an id up to W can still appear, and the key needs only W, the count of events above
 * W and the newest id. `pg_is_in_recovery()` keeps a standby's answers apart from the primary's.
 */
export async function dataVersion(
  db: Executor,
  tenantId: string,
  watermark: number,
): Promise<{ key: string; settled: boolean; newest: number; above: number; standby: boolean }> {
  const result = (await db.execute(
    sql`select coalesce(max(id), ${watermark})::text as newest, count(*)::int as above,
               not exists (select from pg_snapshot_xip(pg_current_snapshot())) as settled,
               pg_is_in_recovery() as standby
          from audit_event where tenant_id = ${tenantId} and id > ${watermark}`,
  )) as unknown as {
    rows: { newest: string; above: number; settled: boolean; standby: boolean }[];
  };
  const row = result.rows[0];
  const newest = Number(row?.newest ?? watermark);
  const above = Number(row?.above ?? 0);
  return {
    key: `${watermark}:${above}:${newest}`,
    settled: row?.settled === true,
    newest,
    above,
    standby: row?.standby === true,
  };
}

/**
 * The computed Übersicht of each tenant, one entry per tenant (and per primary/standby), valid
 * for one data version and one day (overdue, focus, fund purposes and reporting duties depend on
 * today). Lives in one server process; correctness across processes comes from the key being read
 * from the database on every request, never from telling other processes.
 */
export class OverviewCache {
  private readonly entries = new Map<string, { key: string; overview: Overview }>();
  private readonly watermarks = new Map<string, number>();
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

  watermark(slot: string): number {
    return this.watermarks.get(slot) ?? 0;
  }

  setWatermark(slot: string, watermark: number): void {
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
): Promise<Overview> {
  if (!cache) return read();
  let slot = tenantId;
  let version = await dataVersion(db, tenantId, cache.watermark(slot));
  if (version.standby) {
    slot = `${tenantId}|standby`;
    version = await dataVersion(db, tenantId, cache.watermark(slot));
  }
  let key = version.key;
  if (version.settled && version.newest > cache.watermark(slot)) {
    if (cache.watermark(slot) === 0 || version.above > advanceAfter) {
      // Nothing in flight: every event up to `newest` is final, so it becomes the watermark.
      cache.setWatermark(slot, version.newest);
      key = `${version.newest}:0:${version.newest}`;
    }
  }
  key = `${today}|${key}`;
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
