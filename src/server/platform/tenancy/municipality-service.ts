import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Municipality, MunicipalityInput } from "../../../contract/municipalities";
import { tenantSettingsSchema } from "../../../contract/tenant-settings";
import { municipalityAgsProblem } from "../../../domain/ags";
import { DomainError, DomainProblems } from "../../../domain/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import type { Executor } from "../db/database";
import { municipality, tenant } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import { checkMunicipalityTable } from "./municipality-table";

const columns = {
  id: municipality.id,
  name: municipality.name,
  kind: municipality.kind,
  ags: municipality.ags,
  position: municipality.position,
  retiredAt: municipality.retiredAt,
};
type Row = Omit<Municipality, "retiredAt"> & { retiredAt: Date | null };

const present = (row: Row): Municipality => ({
  ...row,
  retiredAt: row.retiredAt ? row.retiredAt.toISOString() : null,
});

async function countyPrefix(tx: Executor, tenantId: string) {
  const [row] = await tx
    .select({ settings: tenant.settings })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  return tenantSettingsSchema.parse(row?.settings ?? {}).agsPrefix ?? null;
}

async function checkInput(
  tx: Executor,
  tenantId: string,
  input: MunicipalityInput,
  selfId?: string,
) {
  const issues = [];
  if (input.ags) {
    const problem = municipalityAgsProblem(input.ags, await countyPrefix(tx, tenantId));
    if (problem) issues.push({ path: "ags", code: problem });
  }
  const same = await tx
    .select({ id: municipality.id })
    .from(municipality)
    .where(
      and(
        eq(municipality.tenantId, tenantId),
        sql`lower(${municipality.name}) = lower(${input.name})`,
      ),
    );
  if (same.some((m) => m.id !== selfId))
    issues.push({ path: "name", code: "municipality.duplicate" });
  if (issues.length) throw new DomainProblems("invalid", "municipality.invalid", issues);
}

async function findForUpdate(tx: Executor, tenantId: string, id: string) {
  const [row] = await tx
    .select(columns)
    .from(municipality)
    .where(and(eq(municipality.tenantId, tenantId), eq(municipality.id, id)))
    .for("update");
  if (!row) throw new DomainError("notFound", "municipality.notFound");
  return row;
}

async function saveIn(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  raw: MunicipalityInput,
  id?: string,
): Promise<Municipality> {
  const input = { ...raw, ags: raw.ags?.trim() || null };
  const before = id ? await findForUpdate(tx, tenantId, id) : undefined;
  await checkInput(tx, tenantId, input, id);
  let row: Row | undefined;
  if (id) {
    [row] = await tx
      .update(municipality)
      .set(input)
      .where(and(eq(municipality.tenantId, tenantId), eq(municipality.id, id)))
      .returning(columns);
  } else {
    const [max] = await tx
      .select({ n: sql<number>`coalesce(max(${municipality.position}), 0)::int` })
      .from(municipality)
      .where(eq(municipality.tenantId, tenantId));
    [row] = await tx
      .insert(municipality)
      .values({ tenantId, ...input, position: (max?.n ?? 0) + 1 })
      .returning(columns);
  }
  if (!row) throw new Error("municipality write returned nothing");
  const after = present(row);
  await recordAudit(tx, {
    tenantId,
    ...actor,
    action: id ? "municipality.update" : "municipality.create",
    entityType: "municipality",
    entityId: row.id,
    before: before ? present(before) : null,
    after,
  });
  return after;
}

/**
 * The county's municipalities in their order, retired ones included (they stay on historical
 * data and in filters) unless `activeOnly` (what a form offers for new entries).
 */
export function municipalityRows(
  db: Executor,
  tenantId: string,
  { activeOnly = false }: { activeOnly?: boolean } = {},
): Promise<Row[]> {
  return db
    .select(columns)
    .from(municipality)
    .where(
      and(
        eq(municipality.tenantId, tenantId),
        activeOnly ? isNull(municipality.retiredAt) : undefined,
      ),
    )
    .orderBy(asc(municipality.position));
}

/** The municipalities as forms and filters offer them: retired ones marked. */
export async function municipalityOptions(
  db: Executor,
  tenantId: string,
  filter: { activeOnly?: boolean } = {},
) {
  return (await municipalityRows(db, tenantId, filter)).map(
    ({ id, name, kind, ags, retiredAt }) => ({
      id,
      name,
      kind,
      ags,
      retired: retiredAt !== null,
    }),
  );
}

/** All municipalities of the county, retired ones included (they stay on historical data). */
export function listMunicipalities(scope: TenantDb): Promise<Municipality[]> {
  return scope.transaction(async (tx) => (await municipalityRows(tx, scope.tenantId)).map(present));
}

/** Adds (no id) or edits a municipality: the name unique in the county, the AGS with its prefix. */
export function saveMunicipality(
  scope: TenantDb,
  { actor, input, id }: { actor: Actor; input: MunicipalityInput; id?: string },
): Promise<Municipality> {
  return scope.transaction((tx) => saveIn(tx, scope.tenantId, actor, input, id));
}

/**
 * Retires a municipality (it is no longer offered for new entries; measures and figures that
 * name it keep it) or takes it back. Setting the state it already has changes nothing.
 */
export function setMunicipalityRetired(
  scope: TenantDb,
  { actor, id, retired, now }: { actor: Actor; id: string; retired: boolean; now: Date },
): Promise<Municipality> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await findForUpdate(tx, tenantId, id);
    if (Boolean(before.retiredAt) === retired) return present(before);
    const [row] = await tx
      .update(municipality)
      .set({ retiredAt: retired ? now : null })
      .where(and(eq(municipality.tenantId, tenantId), eq(municipality.id, id)))
      .returning(columns);
    if (!row) throw new Error("municipality retire returned nothing");
    const after = present(row);
    await recordAudit(tx, {
      tenantId,
      ...actor,
      action: retired ? "municipality.retire" : "municipality.unretire",
      entityType: "municipality",
      entityId: id,
      before: present(before),
      after,
    });
    return after;
  });
}

/**
 * Imports a municipality list (header row, then name and AGS per row): every problem of every
 * row is named (path rows.<row>.<column>), and nothing is written unless all rows are fine.
 */
export function importMunicipalities(
  scope: TenantDb,
  { actor, table }: { actor: Actor; table: string[][] },
): Promise<number> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const existing = await tx
      .select({ name: municipality.name })
      .from(municipality)
      .where(eq(municipality.tenantId, tenantId));
    const checked = checkMunicipalityTable(
      table,
      await countyPrefix(tx, tenantId),
      new Set(existing.map((m) => m.name.toLowerCase())),
    );
    if (checked.missingColumns.length)
      throw new DomainError("invalid", "municipality.columnsMissing", {}, "content");
    if (!checked.rows.length)
      throw new DomainError("invalid", "municipality.importEmpty", {}, "content");
    const issues = checked.rows.flatMap((r) =>
      r.problems.map((p) => ({ path: `rows.${r.row}.${p.column}`, code: p.code })),
    );
    if (issues.length) throw new DomainProblems("invalid", "municipality.importRefused", issues);
    for (const r of checked.rows)
      await saveIn(tx, tenantId, actor, { name: r.name, kind: "municipality", ags: r.ags });
    return checked.rows.length;
  });
}
