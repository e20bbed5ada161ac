import {
  loadSyntheticCounty,
  type ObservationsHook,
} from "../../src/server/operations/seed/synthetic/county";
import { type CountySize, largeCounty } from "../../src/server/operations/seed/synthetic/sizes";
import { type Database, openDatabase } from "../../src/server/platform/db/database";
import { type BenchDatabase, createPostgresDatabase } from "./kurs";
import { loadObservations } from "./observations";

/** The seed of every bench run: the same data every time. */
export const benchSeed = "kurs-bench-1";

/** Indicator observations of the synthetic counties (real indicator tables, see ./observations.ts). */
export const observationsHook: ObservationsHook | undefined = loadObservations;

export const largeSlug = "grosskreis";

/**
 * The audit trail a county of this size would have: every booking, measure and progress update
 * of the synthetic county was a write, and every write records one audit event. Without it the
 * overview's data version (count of the tenant's audit events, src/server/read-models/overview/cache.ts)
 * would be measured on an empty trail.
 */
async function loadAuditTrail(database: Database, tenantId: string) {
  await database.query(
    `insert into audit_event (tenant_id, occurred_at, actor, action, entity_type, entity_id, after)
     select tenant_id, created_at, created_by, 'booking.' || kind, 'booking', id,
            jsonb_build_object('amountCents', amount_cents, 'fundId', fund_id)
       from booking where tenant_id = $1 and created_by = 'system:synthetic' order by seq`,
    [tenantId],
  );
  await database.query(
    `insert into audit_event (tenant_id, occurred_at, actor, action, entity_type, entity_id, after)
     select tenant_id, created_at, 'system:synthetic', 'measure.progress', 'measure', measure_id,
            jsonb_build_object('trafficLight', traffic_light, 'reportedOn', reported_on)
       from progress_update where tenant_id = $1 and actor = 'system:synthetic'`,
    [tenantId],
  );
}

/**
 * The large county (10 fiscal years, 2,000 measures, 200,000 bookings, 100,000 indicator
 * observations, 50 users) with its audit trail; vacuumed and analysed as autovacuum would.
 */
export async function loadLargeCounty(database: Database, size: CountySize = largeCounty) {
  const county = await loadSyntheticCounty(database, {
    slug: largeSlug,
    name: "Landkreis Großkreis (synthetisch)",
    seed: benchSeed,
    size,
    observations: observationsHook,
  });
  await loadAuditTrail(database, county.tenantId);
  await database.exec("vacuum analyze");
  return county;
}

type LargeCounty = Awaited<ReturnType<typeof loadLargeCounty>>;
let template: Promise<{ name: string; serverUrl: string; county: LargeCounty }> | null = null;

/**
 * A fresh PostgreSQL database holding the large county. The county is built once per bench run
 * into a template database and copied for each scenario that needs it (CREATE DATABASE …
 * TEMPLATE, a file copy), instead of loading it again; `dropLargeCountyTemplate` removes it.
 */
export async function largeCountyDatabase(
  serverUrl: string,
  label: string,
  log: (line: string) => void = () => {},
): Promise<BenchDatabase & { county: LargeCounty }> {
  template ??= (async () => {
    const t0 = Date.now();
    const built = await createPostgresDatabase(serverUrl, "large_tpl");
    const county = await loadLargeCounty(built.database);
    await built.database.close();
    const name = new URL(built.url ?? "").pathname.slice(1);
    log(`large county built once in ${Date.now() - t0} ms: ${JSON.stringify(county.counts)}`);
    return { name, serverUrl, county };
  })();
  const { name, county } = await template;
  const t0 = Date.now();
  const copy = await createPostgresDatabase(serverUrl, label, 10, { template: name });
  log(`large county copied from the template in ${Date.now() - t0} ms`);
  return { ...copy, county };
}

export async function dropLargeCountyTemplate() {
  if (!template) return;
  const { name, serverUrl } = await template;
  template = null;
  const admin = await openDatabase({ driver: "postgres", url: serverUrl, poolSize: 1 });
  try {
    await admin.exec(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.close();
  }
}
