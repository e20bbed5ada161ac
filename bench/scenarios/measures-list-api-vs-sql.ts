import type { MeasureList } from "../../src/contract/measures";
import { apiAgainstSql } from "../lib/api-vs-sql";
import type { Scenario } from "../scenario";

/**
 * The first page (100 of 2,002, by title) of the measure list as the office: what the list
 * shows for each measure (type, dates, fields, light and whether it is stale, completion,
 * overdue), with the stored derived values and today's cut-offs. $1 tenant, $2 today.
 */
const listPageSql = `
with limits as (
  select coalesce((select (settings->>'measureOverdueDays')::int from tenant where id = $1), 90) overdue_days,
         coalesce(
           (select nullif(greatest(coalesce((settings->>'measureStaleDays')::int, 0), 0), 0) from tenant where id = $1),
           (select min(case cadence when 'quarterly' then 92 when 'halfYearly' then 183 when 'yearly' then 366 end)
              from reporting_duty where tenant_id = $1 and valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)),
           183) stale_days),
page as (
  select m.id, m.title, m.status, mt.name measure_type, m.start_on, m.end_on, m.is_example,
         m.latest_update_on, m.latest_traffic_light, m.completion, m.open_milestone_due_on,
         (m.created_at at time zone 'UTC')::date created_on, count(*) over () total
    from measure m join measure_type mt on mt.tenant_id = m.tenant_id and mt.id = m.measure_type_id
   where m.tenant_id = $1
   order by m.title collate "de-DE-x-icu" limit 100)
select json_build_object(
  'total', (select total from page limit 1),
  'items', json_agg(json_build_object(
    'id', p.id, 'title', p.title, 'status', p.status, 'measureType', p.measure_type,
    'startOn', p.start_on, 'endOn', p.end_on,
    'actionFields', (select coalesce(json_agg(json_build_object('id', f.id, 'title', f.title, 'position', f.position)), '[]')
                       from (select distinct a.id, a.title, a.position
                               from measure_recommendation mr
                               join recommendation r on r.tenant_id = mr.tenant_id and r.id = mr.recommendation_id
                               join goal g on g.tenant_id = r.tenant_id and g.id = r.goal_id
                               join action_field a on a.tenant_id = g.tenant_id and a.id = g.action_field_id
                              where mr.tenant_id = $1 and mr.measure_id = p.id) f),
    'trafficLight', coalesce(p.latest_traffic_light, 'grey'), 'latestUpdateOn', p.latest_update_on,
    'trafficLightStale', coalesce(p.latest_update_on < $2::date - l.stale_days, false),
    'completion', p.completion,
    'overdue', p.status in ('planned', 'inProgress')
       and (coalesce(p.latest_update_on, p.created_on) < $2::date - l.overdue_days
            or coalesce(p.open_milestone_due_on < $2::date, false)),
    'isExample', p.is_example) order by p.title collate "de-DE-x-icu"))
  as list
  from page p, limits l`;

/**
 * GET /api/v1/measures?pageSize=100 as the office on the large county (2,002 measures) against
 * the raw SQL of the same page (one statement, sorted and paged in the database), both served by
 * the same Fastify on the same pool and loaded with 50 connections (bench/lib/api-vs-sql.ts).
 */
const scenario: Scenario = {
  name: "measures-list-api-vs-sql",
  summary:
    "GET /api/v1/measures?pageSize=100 as the office on the large county (2,002 measures) vs the raw SQL of the same page on the same pool, 50 connections, PostgreSQL",
  run: (context) =>
    apiAgainstSql(context, {
      database: "list_sql",
      api: {
        url: "/api/v1/measures?pageSize=100",
        label: "measure list API, page 1 of 100 (Kurs)",
      },
      sql: { text: listPageSql, label: "raw SQL of the same page, one statement (same pool)" },
      compare(answer, raw) {
        const api = answer as MeasureList;
        if (!Array.isArray(api.items)) throw new Error(`API failed: ${JSON.stringify(api)}`);
        const sql = raw as {
          total: number;
          items: { id: string; overdue: boolean; trafficLightStale: boolean }[];
        };
        const same =
          sql.total === api.total &&
          JSON.stringify(sql.items.map((i) => [i.id, i.overdue, i.trafficLightStale])) ===
            JSON.stringify(api.items.map((i) => [i.id, i.overdue, i.trafficLightStale]));
        return {
          same,
          note: same
            ? "Both sides give the same page (ids in order, overdue, stale)."
            : "The two sides give different pages: the SQL is not the same list.",
        };
      },
    }),
};
export default scenario;
