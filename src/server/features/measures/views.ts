import type {
  MeasureSettings,
  MeasuresByMunicipality,
  MeasureTimeline,
} from "../../../contract/measure-views";
import { defaultOverdueDays } from "../../../domain/measure-progress";
import { type MeasureStatus, measureStatuses } from "../../../domain/measure-status";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { municipalityOptions } from "../../platform/tenancy/municipality-service";
import type { Audience } from "./published";
import * as q from "./queries";
import { present, summarise } from "./summaries";
import * as t from "./table-queries";

/** Measures grouped by action field (a measure serving two fields appears in both), by start. */
export async function getTimeline(
  scope: TenantDb,
  { today, audience }: { today: string; audience: Audience },
): Promise<MeasureTimeline> {
  return scope.transaction(async (tx) => {
    const rows = await q.listMeasureRows(tx, scope.tenantId, {
      publishedOnly: audience === "public",
    });
    const measures = (await summarise(tx, scope.tenantId, rows, today)).map(present);
    const fields = new Map<string, MeasureTimeline["fields"][number]>();
    const none: MeasureTimeline["fields"][number] = {
      id: null,
      title: "",
      position: null,
      measures: [],
    };
    for (const m of measures) {
      if (!m.actionFields.length) none.measures.push(m);
      for (const f of m.actionFields) {
        const group = fields.get(f.id) ?? { ...f, measures: [] };
        group.measures.push(m);
        fields.set(f.id, group);
      }
    }
    const byStart = (a: (typeof measures)[number], b: (typeof measures)[number]) =>
      (a.startOn ?? a.endOn ?? "9999").localeCompare(b.startOn ?? b.endOn ?? "9999") ||
      a.title.localeCompare(b.title, "de");
    const groups = [...fields.values()].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    if (none.measures.length) groups.push(none);
    for (const g of groups) g.measures.sort(byStart);
    const dates = measures.flatMap((m) => [m.startOn, m.endOn]).filter((d): d is string => !!d);
    dates.sort();
    return { from: dates[0] ?? null, to: dates.at(-1) ?? null, fields: groups };
  });
}

const zeroCounts = () =>
  Object.fromEntries(measureStatuses.map((s) => [s, 0])) as Record<MeasureStatus, number>;

/** Counts per status for every municipality of the county (zeros included) and county-wide. */
export async function getByMunicipality(
  scope: TenantDb,
  { audience = "internal" }: { audience?: Audience } = {},
): Promise<MeasuresByMunicipality> {
  const publishedOnly = audience === "public";
  return scope.transaction(async (tx) => {
    const places = await municipalityOptions(tx, scope.tenantId);
    const counts = await t.countsByMunicipality(tx, scope.tenantId, publishedOnly);
    const countyWide = { counts: zeroCounts(), total: 0 };
    for (const c of await t.countyWideCounts(tx, scope.tenantId, publishedOnly)) {
      countyWide.counts[c.status] += c.n;
      countyWide.total += c.n;
    }
    return {
      municipalities: places.map((p) => {
        const own = zeroCounts();
        let total = 0;
        for (const c of counts.filter((x) => x.municipalityId === p.id)) {
          own[c.status] += c.n;
          total += c.n;
        }
        return { id: p.id, name: p.name, kind: p.kind, counts: own, total };
      }),
      countyWide,
    };
  });
}

export async function getSettings(scope: TenantDb): Promise<MeasureSettings> {
  return scope.transaction(async (tx) => {
    const days = await q.overdueDaysSetting(tx, scope.tenantId);
    return { overdueDays: days ?? defaultOverdueDays, isDefault: days === null };
  });
}

export async function saveSettings(
  scope: TenantDb,
  { actor, requestId, overdueDays }: Actor & { overdueDays: number },
): Promise<MeasureSettings> {
  return scope.transaction(async (tx) => {
    const before = await q.overdueDaysSetting(tx, scope.tenantId);
    await t.setOverdueDays(tx, scope.tenantId, overdueDays);
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      actor,
      requestId,
      action: "measureSettings.update",
      entityType: "tenant",
      entityId: scope.tenantId,
      before: { overdueDays: before ?? defaultOverdueDays },
      after: { overdueDays },
    });
    return { overdueDays, isDefault: false };
  });
}
