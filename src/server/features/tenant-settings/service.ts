import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { CountySettings, CountySettingsInput } from "../../../contract/county-settings";
import { tenantSettingsSchema } from "../../../contract/tenant-settings";
import { DomainError } from "../../../domain/errors";
import { defaultOverdueDays } from "../../../domain/measure-progress";
import { defaultFullMeasures } from "../../../domain/report-measures";
import { isClosingUntil } from "../../../domain/year-close";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import { municipality, tenant } from "../../platform/db/schema";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { closingUntil } from "../ledger/closing-period";

async function tenantRow(tx: Executor, tenantId: string) {
  const [row] = await tx.select().from(tenant).where(eq(tenant.id, tenantId));
  if (!row) throw new DomainError("notFound", "problem.notFound");
  return row;
}

function present(row: typeof tenant.$inferSelect): CountySettings {
  const s = tenantSettingsSchema.parse(row.settings);
  return {
    slug: row.slug,
    name: row.name,
    agsPrefix: s.agsPrefix ?? null,
    disclosureThreshold: s.disclosureThreshold,
    measureOverdueDays: s.measureOverdueDays ?? defaultOverdueDays,
    measureStaleDays: s.measureStaleDays ?? null,
    reportFullMeasures: s.reportFullMeasures ?? defaultFullMeasures,
    ledgerClosingUntil: s.ledgerClosingUntil ?? closingUntil(),
  };
}

/** The county's name and settings, each with its default filled in. */
export async function getCountySettings(scope: TenantDb): Promise<CountySettings> {
  return scope.transaction(async (tx) => present(await tenantRow(tx, scope.tenantId)));
}

/**
 * Saves the county's name and settings as typed (other keys of tenant.settings, e.g. the logo,
 * stay). The AGS prefix can change only while no municipality has a key that would not fit.
 */
export async function saveCountySettings(
  scope: TenantDb,
  { actor, requestId, input }: Actor & { input: CountySettingsInput },
): Promise<CountySettings> {
  return scope.transaction(async (tx) => {
    const row = await tenantRow(tx, scope.tenantId);
    if (input.agsPrefix) {
      const clash = await tx
        .select({ id: municipality.id })
        .from(municipality)
        .where(
          and(
            eq(municipality.tenantId, scope.tenantId),
            isNotNull(municipality.ags),
            sql`left(${municipality.ags}, 5) <> ${input.agsPrefix}`,
          ),
        )
        .limit(1);
      if (clash.length) throw new DomainError("conflict", "county.agsPrefixClash", {}, "agsPrefix");
    }
    const { name, ledgerClosingUntil, ...values } = input;
    if (ledgerClosingUntil && !isClosingUntil(ledgerClosingUntil))
      throw new DomainError("invalid", "county.closingUntilInvalid", {}, "ledgerClosingUntil");
    const settings: Record<string, unknown> = { ...row.settings, ...values };
    // No staleness of its own: the default (the shortest reporting cycle), as if never set.
    if (values.measureStaleDays === null) delete settings.measureStaleDays;
    if (ledgerClosingUntil) settings.ledgerClosingUntil = ledgerClosingUntil;
    else if (ledgerClosingUntil === null) delete settings.ledgerClosingUntil;
    const [updated] = await tx
      .update(tenant)
      .set({ name, settings })
      .where(eq(tenant.id, row.id))
      .returning();
    if (!updated) throw new Error("tenant update returned nothing");
    const before = present(row);
    const after = present(updated);
    await recordAudit(tx, {
      tenantId: row.id,
      actor,
      requestId,
      action: "county.settings",
      entityType: "tenant",
      entityId: row.id,
      before,
      after,
    });
    return after;
  });
}
