import { asc, eq, sql } from "drizzle-orm";
import {
  type NewTenant,
  newTenantSchema,
  tenantSettingsSchema,
} from "../../../contract/tenant-settings";
import { municipalityAgsProblem } from "../../../domain/ags";
import { recordAudit } from "../audit/record-audit";
import type { Db, Executor } from "../db/database";
import { committee, measureType, municipality, tenant } from "../db/schema";
import { defaultMeasureTypes } from "./default-measure-types";

/**
 * Operating several counties in one installation (run as the owner by `npm run kurs -- tenant …`,
 * never by a county's own accounts): create, list, disable/enable, change settings. A disabled
 * county's API answers 403 (see request-context.ts); its data stay untouched.
 */
export class TenantInputError extends Error {}

function parse<T>(
  result:
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new TenantInputError(
    `${issue?.path.join(".") || "Eingabe"}: ${issue?.message ?? "ungültig"}`,
  );
}

const agsMessages = {
  "ags.format": "hat nicht genau 8 Ziffern",
  "ags.prefix": "beginnt nicht mit dem Schlüssel des Landkreises",
} as const;

export async function createTenant(db: Db, input: NewTenant, actor: string) {
  const data = parse(newTenantSchema.safeParse(input));
  const municipalities = data.municipalities.map((m) =>
    typeof m === "string" ? { name: m, ags: null } : m,
  );
  for (const [i, m] of municipalities.entries()) {
    const problem = m.ags ? municipalityAgsProblem(m.ags, data.agsPrefix) : null;
    if (problem) {
      throw new TenantInputError(
        `municipalities.${i + 1} (${m.name}): AGS „${m.ags}“ ${agsMessages[problem]}${data.agsPrefix ? ` (${data.agsPrefix})` : ""}.`,
      );
    }
  }
  return db.transaction(async (tx) => {
    const taken = await tx.select({ id: tenant.id }).from(tenant).where(eq(tenant.slug, data.slug));
    if (taken[0]) throw new TenantInputError(`Den Landkreis „${data.slug}“ gibt es schon.`);
    const [row] = await tx
      .insert(tenant)
      .values({
        slug: data.slug,
        name: data.name,
        settings: {
          disclosureThreshold: data.disclosureThreshold,
          logo: data.logo,
          agsPrefix: data.agsPrefix,
        },
      })
      .returning();
    if (!row) throw new Error("tenant insert returned nothing");
    await tx
      .insert(measureType)
      .values(defaultMeasureTypes.map((m, i) => ({ tenantId: row.id, ...m, position: i + 1 })));
    // Every Landkreis has these two bodies by law; further committees come by hand or OParl.
    await tx.insert(committee).values([
      { tenantId: row.id, name: "Kreistag", kind: "council" as const },
      { tenantId: row.id, name: "Kreisausschuss", kind: "executiveCommittee" as const },
    ]);
    if (municipalities.length) {
      await tx.insert(municipality).values(
        municipalities.map(({ name, ags }, i) => ({
          tenantId: row.id,
          name,
          ags,
          kind: "municipality" as const,
          position: i + 1,
        })),
      );
    }
    await recordAudit(tx, {
      tenantId: row.id,
      actor,
      action: "create",
      entityType: "tenant",
      entityId: row.id,
      after: {
        slug: data.slug,
        name: data.name,
        disclosureThreshold: data.disclosureThreshold,
        agsPrefix: data.agsPrefix,
        municipalities: municipalities.length,
      },
    });
    return row;
  });
}

export async function listTenants(db: Db) {
  return db
    .select({
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      disabledAt: tenant.disabledAt,
      createdAt: tenant.createdAt,
      municipalities: sql<number>`(select count(*)::int from municipality m where m.tenant_id = tenant.id)`,
      users: sql<number>`(select count(*)::int from app_user u where u.tenant_id = tenant.id)`,
      measures: sql<number>`(select count(*)::int from measure x where x.tenant_id = tenant.id)`,
    })
    .from(tenant)
    .orderBy(asc(tenant.slug));
}

async function findBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(tenant).where(eq(tenant.slug, slug));
  if (!row) throw new TenantInputError(`Einen Landkreis „${slug}“ gibt es nicht.`);
  return row;
}

export async function setTenantDisabled(db: Db, slug: string, disabled: boolean, actor: string) {
  const row = await findBySlug(db, slug);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(tenant)
      .set({ disabledAt: disabled ? (row.disabledAt ?? sql`now()`) : null })
      .where(eq(tenant.id, row.id))
      .returning();
    await recordAudit(tx, {
      tenantId: row.id,
      actor,
      action: disabled ? "disable" : "enable",
      entityType: "tenant",
      entityId: row.id,
      before: { disabledAt: row.disabledAt },
      after: { disabledAt: updated?.disabledAt ?? null },
    });
    return updated;
  });
}

/** Changes name and settings; municipalities given are appended (existing ones stay). */
export async function updateTenant(
  db: Db,
  slug: string,
  change: {
    name?: string;
    disclosureThreshold?: number;
    logo?: { mediaType: string; dataBase64: string } | null;
    addMunicipalities?: string[];
    reportFullMeasures?: number;
    measureStaleDays?: number;
  },
  actor: string,
) {
  const row = await findBySlug(db, slug);
  const settings = parse(
    tenantSettingsSchema.safeParse({
      ...row.settings,
      ...(change.disclosureThreshold !== undefined
        ? { disclosureThreshold: change.disclosureThreshold }
        : {}),
      ...(change.logo !== undefined ? { logo: change.logo } : {}),
      ...(change.reportFullMeasures !== undefined
        ? { reportFullMeasures: change.reportFullMeasures }
        : {}),
      ...(change.measureStaleDays !== undefined
        ? { measureStaleDays: change.measureStaleDays }
        : {}),
    }),
  );
  const name = change.name === undefined ? row.name : change.name.trim();
  if (name.length < 2 || name.length > 200) throw new TenantInputError("name: 2 bis 200 Zeichen");
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(tenant)
      .set({ name, settings })
      .where(eq(tenant.id, row.id))
      .returning();
    const add = (change.addMunicipalities ?? []).map((m) => m.trim()).filter(Boolean);
    if (add.length) {
      const [max] = await tx
        .select({ n: sql<number>`coalesce(max(${municipality.position}), 0)::int` })
        .from(municipality)
        .where(eq(municipality.tenantId, row.id));
      await tx.insert(municipality).values(
        add.map((m, i) => ({
          tenantId: row.id,
          name: m,
          kind: "municipality" as const,
          position: (max?.n ?? 0) + i + 1,
        })),
      );
    }
    await recordAudit(tx, {
      tenantId: row.id,
      actor,
      action: "update",
      entityType: "tenant",
      entityId: row.id,
      before: { name: row.name, disclosureThreshold: row.settings.disclosureThreshold ?? null },
      after: { name, disclosureThreshold: settings.disclosureThreshold, municipalitiesAdded: add },
    });
    return updated;
  });
}

/** The county's row (name, slug, settings). */
export async function findTenant(db: Executor, tenantId: string) {
  const rows = await db.select().from(tenant).where(eq(tenant.id, tenantId));
  return rows[0] ?? null;
}
