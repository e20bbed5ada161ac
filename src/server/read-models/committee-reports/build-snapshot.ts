import { monthsBetween } from "../../../domain/capacity";
import { addDays, earlierDate } from "../../../domain/dates";
import { currentFocus } from "../../../domain/focus";
import { periodYear } from "../../../domain/indicator";
import { defaultFullMeasures } from "../../../domain/report-measures";
import * as capacity from "../../features/capacity/read";
import * as concept from "../../features/concept/read";
import { readApprovedFigures } from "../../features/indicators/approved-figures";
import { moneyByMeasure } from "../../features/ledger/balances";
import { fundMoneyOf } from "../../features/ledger/fund-money";
import { listFundRows } from "../../features/ledger/read";
import * as measures from "../../features/measures/read";
import { rowsPerMeasure, staleDaysOf, summarise } from "../../features/measures/summaries";
import type { Executor } from "../../platform/db/database";
import { findTenant } from "../../platform/tenancy/tenants";
import { ChartPainter, defaultChartLimit } from "../../renderers/reports/report-charts";
import type { ReportSnapshot } from "../../renderers/reports/report-snapshot";
import { readFollowUpSection } from "./follow-up-section";
import { readGrantSection } from "./grant-section";
import * as mq from "./measure-queries";
import { measureReport } from "./measure-section";
import * as q from "./queries";
import {
  actionFieldSections,
  capacitySection,
  indicatorItems,
  indicatorSection,
  moneySection,
  sinceLastReport,
} from "./sections";

export interface SnapshotRequest {
  title: string;
  committee: { id: string; name: string };
  period: { from: string; to: string };
  asOf: string;
  publicSession: boolean;
  introText: string;
  closingText: string;
  proposedResolution: string | null;
  /** The meeting it is presented in (its date is presentedOn) and the paper it belongs to. */
  meeting?: { name: string; date: string } | null;
  paper?: { reference: string | null; title: string } | null;
}

/** Reads everything a committee report shows, as of `asOf`, inside the caller's transaction. */
export async function buildSnapshot(
  db: Executor,
  tenantId: string,
  request: SnapshotRequest,
): Promise<ReportSnapshot> {
  // Indicators over the report period (values of the observation periods that overlap it);
  // the charts show the year the period ends in and the one before.
  const reportYear = periodYear(request.period.to);
  const firstYear = Math.min(periodYear(request.period.from), reportYear - 1);
  const indicators = indicatorSection(
    indicatorItems(
      await readApprovedFigures(db, tenantId, { from: firstYear, to: reportYear }),
      request.period,
      request.publicSession,
    ),
  );

  // The charts the HTML view, PDF and DOCX will show are drawn while the process waits for the
  // database below (each read goes through `during`), and remembered by their data.
  const painter = new ChartPainter({ indicators, indicatorChartLimit: defaultChartLimit });
  const read = <T>(pending: Promise<T>) => painter.during(pending);

  const tenant = await read(findTenant(db, tenantId));
  const versions = await read(concept.listVersions(db, tenantId));
  const adopted = versions.filter((v) => v.status === "adopted").at(-1) ?? null;
  const fields = adopted ? await read(concept.listFieldsOfVersion(db, tenantId, adopted.id)) : [];
  const focus = currentFocus(await read(concept.listFocus(db, tenantId)), request.asOf);
  const focusField = focus ? fields.find((f) => f.lineageId === focus.actionFieldLineageId) : null;
  const decisions = await read(
    q.resolutionsByIds(
      db,
      tenantId,
      [adopted?.adoptingResolutionId, focus?.resolutionId].filter((id): id is string => !!id),
    ),
  );
  const adoption = decisions.find((d) => d.id === adopted?.adoptingResolutionId);

  // Measures and the fields they serve (by title, so versions of the concept line up). Their
  // state is judged at the end of the period, or on the report's day if that comes first.
  const basis = earlierDate(request.asOf, request.period.to);
  const rows = await read(measures.listMeasureRows(db, tenantId, {}));
  const summaries = await read(summarise(db, tenantId, rows, basis));
  const statusAtEnd = await read(mq.statusesOn(db, tenantId, basis));
  const statusAtStart = await read(mq.statusesOn(db, tenantId, addDays(request.period.from, -1)));
  const facts = summaries.map((m) => ({
    id: m.id,
    title: m.title,
    status: statusAtEnd.get(m.id) ?? m.status,
    startOn: m.startOn,
    endOn: m.endOn,
    overdue: m.overdue,
    fields: m.actionFields.map((f) => f.title),
  }));
  const fieldOfMeasure = new Map(
    facts.filter((m) => m.fields[0]).map((m) => [m.id, m.fields[0] as string]),
  );

  // Money from the ledger, summed in the database (equal to the fold over the bookings).
  const funds = await read(listFundRows(db, tenantId));
  const money = await read(fundMoneyOf(db, tenantId, funds, request.asOf));
  const perMeasure = await read(
    moneyByMeasure(
      db,
      tenantId,
      funds.map((f) => f.id),
    ),
  );

  // Staff capacity over the period's months.
  const months = monthsBetween(
    `${request.period.from.slice(0, 7)}-01`,
    `${request.period.to.slice(0, 7)}-01`,
  );
  const { positions, periods } = await read(capacity.listPositions(db, tenantId));
  const assignments = months.length
    ? await read(
        capacity.assignmentsBetween(db, tenantId, months[0] as string, months.at(-1) as string),
      )
    : [];

  const base = {
    measureStates: facts
      .map((m) => ({ id: m.id, title: m.title, status: m.status }))
      .sort((a, b) => a.title.localeCompare(b.title, "de") || a.id.localeCompare(b.id)),
    money: moneySection(
      funds,
      new Map([...money].map(([id, m]) => [id, m.figures])),
      perMeasure,
      fieldOfMeasure,
      fields.map((f) => f.title),
    ),
    indicators,
  };
  const previous = await read(q.latestReportOf(db, tenantId, request.committee.id));

  // The per-measure section: Sachstand, milestones and money inside the period.
  const updates = await read(mq.updatesUpTo(db, tenantId, basis));
  const measureFacts = await read(mq.measureFacts(db, tenantId));
  const recs = (await read(measures.recommendationLinks(db, tenantId))).map((r) => ({
    measureId: r.measureId,
    recommendation: r.recommendationTitle,
    recommendationPosition: r.recommendationPosition,
    goal: r.goalTitle,
    goalPosition: r.goalPosition,
    field: r.fieldTitle,
    fieldPosition: r.fieldPosition,
  }));
  const milestones = await read(mq.milestonesForPeriod(db, tenantId, request.period));
  const moneyInPeriod = await read(mq.moneyInPeriodByMeasure(db, tenantId, request.period));
  const staleDays = await read(staleDaysOf(db, tenantId, basis));
  const fullLimit = (await read(mq.fullMeasuresSetting(db, tenantId))) ?? defaultFullMeasures;
  const proposals = await read(mq.proposalsWithValues(db, tenantId));
  const followUps = await read(readFollowUpSection(db, tenantId, request));
  const grants = await read(readGrantSection(db, tenantId));
  painter.finish();
  const recsOf = rowsPerMeasure(recs);
  const milestonesOf = rowsPerMeasure(milestones);
  const measureSection = measureReport({
    measures: summaries.map((m) => {
      const u = updates.get(m.id);
      const f = measureFacts.get(m.id);
      return {
        id: m.id,
        title: m.title,
        status: statusAtEnd.get(m.id) ?? m.status,
        statusAtStart: statusAtStart.get(m.id) ?? null,
        completion: m.completion,
        overdue: m.overdue,
        isPublic: f?.isPublic ?? false,
        // The responsible unit is an internal field: a public session names the lead partner.
        organisation:
          f?.leadPartner ?? (request.publicSession ? null : (f?.responsibleUnit ?? null)),
        update: u
          ? {
              reportedOn: u.reported_on,
              light: u.traffic_light,
              text: u.text,
              organisation: u.organisation,
            }
          : null,
        recommendations: (recsOf.get(m.id) ?? []).filter((r) =>
          fields.some((fl) => fl.title === r.field),
        ),
        milestones: milestonesOf.get(m.id) ?? [],
        money: moneyInPeriod.get(m.id),
      };
    }),
    fields: fields.map((f) => ({ position: f.position, title: f.title })),
    period: request.period,
    basis,
    staleDays,
    fullLimit,
    publicSession: request.publicSession,
  });

  return {
    schemaVersion: 1,
    status: "draft",
    issuer: tenant?.name ?? "",
    title: request.title,
    committee: request.committee,
    period: request.period,
    asOf: request.asOf,
    publicSession: request.publicSession,
    introText: request.introText,
    closingText: request.closingText,
    proposedResolution: request.proposedResolution,
    presentedOn: request.meeting?.date ?? null,
    meeting: request.meeting ?? null,
    paper: request.paper ?? null,
    measureReport: measureSection,
    // Proposals are not published: a public session's report does not name them.
    indicatorProposals: request.publicSession ? [] : proposals,
    indicatorChartLimit: defaultChartLimit,
    followUps,
    grants,
    concept: {
      title: adopted?.title ?? null,
      adoptedOn: adopted?.adoptedOn ?? null,
      adoptedBy: adoption?.committee ?? null,
      focus:
        focus && focusField
          ? {
              actionField: focusField.title,
              validFrom: focus.validFrom,
              validTo: focus.validTo,
              basis: focus.basis,
            }
          : null,
      decisions: decisions.map((d) => ({
        decidedOn: d.decidedOn,
        committee: d.committee,
        text: d.text,
      })),
    },
    actionFields: actionFieldSections(
      fields.map((f) => ({
        position: f.position,
        title: f.title,
        isFocus: focus?.actionFieldLineageId === f.lineageId,
      })),
      facts,
      request.period,
    ),
    capacity: capacitySection({
      months,
      positionIds: positions.map((p) => p.id),
      periods: periods.map((p) => ({ ...p, fte: Number(p.fte) })),
      assignments: assignments.map((a) => ({ ...a, fte: Number(a.fte) })),
    }),
    sinceLastReport: sinceLastReport(
      previous
        ? {
            id: previous.id,
            finalisedAt: previous.finalisedAt,
            snapshot: JSON.parse(previous.snapshotJson) as ReportSnapshot,
          }
        : null,
      base,
    ),
    ...base,
  };
}
