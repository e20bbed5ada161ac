/**
 * The Übersicht as one hand-written SQL statement: the same aggregation the overview API does
 * (roll-up of all measures to the fields of the adopted concept with traffic lights, weighted
 * completion, overdue and stale counts from the values stored with each measure; funds with their
 * free money from the stored running sums and today's purpose; open consultations; reporting
 * duties; the last five meetings), as JSON. Not in it: the year-end forecast, the Vorlagenfrist
 * line, the missing updates per duty and the decisions per meeting, which the API adds. The bench runs it as the owner on the same pool as
 * Kurs, to show what the API's layers (RLS transaction, several queries, rules in src/domain,
 * validation and serialisation) cost on top of the database work.
 * $1 tenant id, $2 today (ISO date).
 */
export const overviewSql = `
with v as (
  select id, title, adopted_on, adopting_resolution_id from concept_version
   where tenant_id = $1 and status = 'adopted' order by number desc limit 1),
f as (
  select a.id, a.lineage_id, a.position, a.title from action_field a join v on a.concept_version_id = v.id
   where a.tenant_id = $1),
stale as (
  -- the staleness limit: the county's setting, else the shortest reporting cycle in force, else half a year
  select coalesce(
    (select nullif(greatest(coalesce((settings->>'measureStaleDays')::int, 0), 0), 0) from tenant where id = $1),
    (select min(case cadence when 'quarterly' then 92 when 'halfYearly' then 183 when 'yearly' then 366 end)
       from reporting_duty where tenant_id = $1 and valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)),
    183) days),
m as (
  -- the values every write path stores with the measure (latest update and light, earliest open
  -- milestone, completion), with today's cut-offs applied here
  select m.id, m.weight, m.completion,
         coalesce(m.latest_traffic_light, 'grey') light,
         coalesce(m.latest_update_on < $2::date - stale.days, false) stale,
         m.status in ('planned', 'inProgress')
           and (coalesce(m.latest_update_on, (m.created_at at time zone 'UTC')::date)
                  < $2::date - coalesce((select (settings->>'measureOverdueDays')::int from tenant where id = $1), 90)
                or coalesce(m.open_milestone_due_on < $2::date, false)) overdue
    from measure m, stale
   where m.tenant_id = $1 and m.status <> 'dropped'),
mf as (
  select distinct g.action_field_id field_id, mr.measure_id
    from measure_recommendation mr
    join recommendation r on r.tenant_id = mr.tenant_id and r.id = mr.recommendation_id
    join goal g on g.tenant_id = r.tenant_id and g.id = r.goal_id
   where mr.tenant_id = $1),
roll as (
  select mf.field_id, count(*) measure_count,
         round(sum(m.completion * m.weight)::numeric / nullif(sum(m.weight), 0)) completion,
         count(*) filter (where light = 'green') green, count(*) filter (where light = 'yellow') yellow,
         count(*) filter (where light = 'red') red, count(*) filter (where light = 'grey') grey,
         count(*) filter (where overdue) overdue_count, count(*) filter (where stale) stale_count
    from mf join m on m.id = mf.measure_id group by mf.field_id)
select json_build_object(
  'tenant', (select name from tenant where id = $1),
  'concept', (select json_build_object('id', v.id, 'title', v.title, 'adoptedOn', v.adopted_on,
                'adoptedBy', (select c.name from resolution r join committee c on c.tenant_id = r.tenant_id and c.id = r.committee_id
                               where r.tenant_id = $1 and r.id = v.adopting_resolution_id)) from v),
  'actionFields', (select json_agg(json_build_object(
      'id', f.id, 'position', f.position, 'title', f.title,
      'goalCount', (select count(*) from goal g where g.tenant_id = $1 and g.action_field_id = f.id),
      'recommendationCount', (select count(*) from recommendation r join goal g on g.tenant_id = r.tenant_id and g.id = r.goal_id
                               where r.tenant_id = $1 and g.action_field_id = f.id),
      'isFocus', exists (select 1 from focus x where x.tenant_id = $1 and x.action_field_lineage_id = f.lineage_id
                          and (x.valid_from is null or x.valid_from <= $2::date) and (x.valid_to is null or x.valid_to >= $2::date)),
      'measures', json_build_object('count', coalesce(roll.measure_count, 0), 'completion', roll.completion,
                    'lights', json_build_object('green', coalesce(roll.green, 0), 'yellow', coalesce(roll.yellow, 0),
                                                'red', coalesce(roll.red, 0), 'grey', coalesce(roll.grey, 0)),
                    'overdueCount', coalesce(roll.overdue_count, 0),
                    'staleCount', coalesce(roll.stale_count, 0))) order by f.position)
     from f left join roll on roll.field_id = f.id),
  'funds', (select json_agg(json_build_object('id', fu.id, 'name', fu.name, 'fiscalYear', fu.fiscal_year,
              'estimateCents', fu.estimate_cents,
              'availableCents', fu.estimate_cents + fb.supplements_cents + fb.carried_over_cents
                 - fb.carried_forward_cents + fb.transfers_in_cents - fb.transfers_out_cents
                 - fb.blocked_cents - fb.open_commitments_cents - fb.paid_cents,
              'grantedBy', c.name, 'grantingReference', fu.granting_reference,
              'purpose', (select coalesce(json_agg(json_build_object('kind', p.kind, 'measureType', mt.name,
                            'actionField', (select title from f where f.lineage_id = p.action_field_lineage_id),
                            'validFrom', p.valid_from, 'note', p.note) order by p.valid_from), '[]')
                            from fund_purpose_entry p
                            left join measure_type mt on mt.tenant_id = p.tenant_id and mt.id = p.measure_type_id
                           where p.tenant_id = $1 and p.fund_id = fu.id and p.valid_from <= $2::date
                             and (p.valid_to is null or p.valid_to >= $2::date)))
              order by fu.fiscal_year desc, fu.name)
     from fund fu left join committee c on c.tenant_id = fu.tenant_id and c.id = fu.granted_by_committee_id
     left join fund_balance fb on fb.tenant_id = fu.tenant_id and fb.fund_id = fu.id
    where fu.tenant_id = $1),
  'pendingPapers', (select json_agg(x) from (
      select distinct on (p.id) p.id, p.reference, p.kind, p.title, p.proposed_resolution, c.name committee, co.role, mt.meeting_date
        from consultation co join paper p on p.tenant_id = co.tenant_id and p.id = co.paper_id
        join committee c on c.tenant_id = co.tenant_id and c.id = co.committee_id
        left join meeting mt on mt.tenant_id = co.tenant_id and mt.id = co.meeting_id
       where co.tenant_id = $1 and co.outcome is null order by p.id, co.position) x),
  'reportingDuties', (select json_agg(json_build_object('id', d.id, 'committee', c.name, 'cadence', d.cadence,
                        'subject', d.subject, 'validFrom', d.valid_from, 'decidedOn', r.decided_on))
     from reporting_duty d join committee c on c.tenant_id = d.tenant_id and c.id = d.committee_id
     join resolution r on r.tenant_id = d.tenant_id and r.id = d.resolution_id
    where d.tenant_id = $1 and d.valid_from <= $2::date and (d.valid_to is null or d.valid_to >= $2::date)),
  'recentMeetings', (select json_agg(x) from (
      select mt.id, c.name committee, mt.name, mt.meeting_date, mt.result_summary
        from meeting mt join committee c on c.tenant_id = mt.tenant_id and c.id = mt.committee_id
       where mt.tenant_id = $1 order by mt.meeting_date desc limit 5) x)
) as overview`;
