import { and, asc, eq, sql } from "drizzle-orm";
import type { TrafficLight } from "../../../domain/measure-progress";
import type { Executor } from "../../platform/db/database";
import {
  measure,
  measurePartner,
  type measureStatusChange,
  milestone,
  partner,
} from "../../platform/db/schema";

/** What the report's per-measure section reads beyond the measure summaries. */

/** Per measure: whether it is public, its responsible unit and its lead partner. */
export async function measureFacts(db: Executor, tenantId: string) {
  const rows = await db
    .select({
      id: measure.id,
      isPublic: measure.isPublic,
      responsibleUnit: measure.responsibleUnit,
      leadPartner: partner.name,
    })
    .from(measure)
    .leftJoin(
      measurePartner,
      and(
        eq(measurePartner.tenantId, measure.tenantId),
        eq(measurePartner.measureId, measure.id),
        eq(measurePartner.isLead, true),
      ),
    )
    .leftJoin(
      partner,
      and(eq(partner.tenantId, measurePartner.tenantId), eq(partner.id, measurePartner.partnerId)),
    )
    .where(eq(measure.tenantId, tenantId))
    .orderBy(asc(measure.id), asc(partner.name));
  const out = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!out.has(r.id)) out.set(r.id, r);
  return out;
}

/**
 * The latest progress update of each measure reported on or before `to`, with the organisation
 * of its author: the partner of a partner account, else null (the county's own staff). Names of
 * persons are not read.
 */
export async function updatesUpTo(db: Executor, tenantId: string, to: string) {
  const result = (await db.execute(sql`
    select distinct on (u.measure_id)
           u.measure_id::text as measure_id, u.reported_on::text as reported_on,
           u.traffic_light, u.text, p.name as organisation
      from progress_update u
      left join app_user a on a.tenant_id = u.tenant_id
           and u.actor like 'user:%' and a.id::text = substr(u.actor, 6)
      left join partner p on p.tenant_id = a.tenant_id and p.id = a.partner_id
     where u.tenant_id = ${tenantId} and u.reported_on <= ${to}
     order by u.measure_id, u.reported_on desc, u.created_at desc`)) as unknown as {
    rows: {
      measure_id: string;
      reported_on: string;
      traffic_light: TrafficLight;
      text: string;
      organisation: string | null;
    }[];
  };
  return new Map(result.rows.map((r) => [r.measure_id, r]));
}

/** Each measure's status on `on`: the newest status change on or before that day. */
export async function statusesOn(db: Executor, tenantId: string, on: string) {
  const result = (await db.execute(sql`
    select distinct on (measure_id) measure_id::text as measure_id, to_status
      from measure_status_change
     where tenant_id = ${tenantId} and changed_on <= ${on}
     order by measure_id, changed_on desc, created_at desc`)) as unknown as {
    rows: { measure_id: string; to_status: typeof measureStatusChange.$inferSelect.toStatus }[];
  };
  return new Map(result.rows.map((r) => [r.measure_id, r.to_status]));
}

/** Milestones due in the period, or due before its end and not done by then (missed). */
export async function milestonesForPeriod(
  db: Executor,
  tenantId: string,
  period: { from: string; to: string },
) {
  return db
    .select({
      measureId: milestone.measureId,
      title: milestone.title,
      dueOn: milestone.dueOn,
      doneOn: milestone.doneOn,
    })
    .from(milestone)
    .where(
      and(
        eq(milestone.tenantId, tenantId),
        sql`${milestone.dueOn} <= ${period.to}`,
        sql`(${milestone.dueOn} >= ${period.from} or ${milestone.doneOn} is null or ${milestone.doneOn} > ${period.to})`,
      ),
    )
    .orderBy(asc(milestone.dueOn), asc(milestone.position));
}

/**
 * Money committed and paid per measure with a booking date inside the period (a reversal counts
 * against its target on the reversal's date). A payment belongs to its commitment's measure.
 */
export async function moneyInPeriodByMeasure(
  db: Executor,
  tenantId: string,
  period: { from: string; to: string },
) {
  const result = (await db.execute(sql`
    with eff as (
      select b.kind, b.amount_cents as amount, b.measure_id, b.commitment_id
        from booking b
       where b.tenant_id = ${tenantId} and b.kind in ('commitment', 'payment')
         and b.date between ${period.from} and ${period.to}
      union all
      select t.kind, -t.amount_cents, t.measure_id, t.commitment_id
        from booking r
        join booking t on t.tenant_id = r.tenant_id and t.id = r.reverses_booking_id
       where r.tenant_id = ${tenantId} and r.kind = 'reversal'
         and t.kind in ('commitment', 'payment')
         and r.date between ${period.from} and ${period.to}
    )
    select coalesce(eff.measure_id, c.measure_id)::text as measure_id,
           coalesce(sum(eff.amount) filter (where eff.kind = 'commitment'), 0)::text as committed,
           coalesce(sum(eff.amount) filter (where eff.kind = 'payment'), 0)::text as paid
      from eff
      left join booking c on c.tenant_id = ${tenantId} and c.id = eff.commitment_id
     where coalesce(eff.measure_id, c.measure_id) is not null
     group by 1`)) as unknown as {
    rows: { measure_id: string; committed: string; paid: string }[];
  };
  return new Map(
    result.rows.map((r) => [
      r.measure_id,
      { committedCents: Number(r.committed), paidCents: Number(r.paid) },
    ]),
  );
}

/** Indicator proposals (not adopted) that hold approved values, with how many. */
export async function proposalsWithValues(db: Executor, tenantId: string) {
  const result = (await db.execute(sql`
    select i.name, count(*)::int as values
      from indicator i
      join indicator_value v on v.tenant_id = i.tenant_id and v.indicator_id = i.id
     where i.tenant_id = ${tenantId} and i.is_proposal and v.status = 'approved'
     group by i.name order by i.name`)) as unknown as { rows: { name: string; values: number }[] };
  return result.rows.map((r) => ({ name: r.name, values: Number(r.values) }));
}

/** The tenant's number of measures told in full in a report (`reportFullMeasures`), or null. */
export async function fullMeasuresSetting(db: Executor, tenantId: string) {
  const result = (await db.execute(
    sql`select settings->'reportFullMeasures' as n from tenant where id = ${tenantId}`,
  )) as unknown as { rows: { n: unknown }[] };
  const n = result.rows[0]?.n;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null;
}
