import type { MeasureRollUp } from "../../../contract/measures";
import type { Overview } from "../../../contract/overview";
import { forecastYearEnd } from "../../../domain/budget-forecast";
import { currentFocus } from "../../../domain/focus";
import { lightCounts } from "../../../domain/measure-progress";
import * as concept from "../../features/concept/read";
import { lapseDecisionReader } from "../../features/council/read";
import { overdueProofsOfUse } from "../../features/grants/read";
import { type FundMoney, fundMoneyOf } from "../../features/ledger/fund-money";
import type { Audience } from "../../features/measures/published";
import { rollUpOfAdopted } from "../../features/measures/read";
import { decisionsByMeeting } from "../../features/resolutions/read";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { findTenant } from "../../platform/tenancy/tenants";
import { readDutySchedules } from "../committee-reports/schedule-service";
import { cached, type OverviewCache } from "./cache";
import * as q from "./queries";

function measuresOf(r: MeasureRollUp["fields"][number] | undefined) {
  return {
    count: r?.measureCount ?? 0,
    completion: r?.completion ?? null,
    lights: { ...lightCounts(), ...r?.lights },
    overdueCount: r?.overdueCount ?? 0,
    staleCount: r?.staleCount ?? 0,
  };
}

/**
 * Everything the Übersicht shows, as of `today` (ISO date). With a cache, the computed overview
 * is reused while the tenant's data version and the day are unchanged (see ./cache.ts).
 */
export async function getOverview(
  scope: TenantDb,
  {
    today,
    cache = null,
    audience = "internal",
  }: { today: string; cache?: OverviewCache | null; audience?: Audience },
): Promise<Overview> {
  return scope.transaction((tx) =>
    cached(
      cache,
      tx,
      scope.tenantId,
      today,
      () => readOverview(tx, scope.tenantId, today, audience),
      audience,
    ),
  );
}

async function readOverview(
  db: Executor,
  tenantId: string,
  today: string,
  audience: Audience,
): Promise<Overview> {
  const t = await findTenant(db, tenantId);
  const versions = await concept.listVersions(db, tenantId);
  const adopted = versions.filter((v) => v.status === "adopted").at(-1) ?? null;
  const fields = adopted ? await concept.listFieldsOfVersion(db, tenantId, adopted.id) : [];
  const tree = adopted ? await concept.loadVersionTree(db, tenantId, adopted.id) : null;
  const adoption = adopted?.adoptingResolutionId
    ? await concept.findAdoption(db, tenantId, adopted.adoptingResolutionId)
    : null;
  const focus = currentFocus(await concept.listFocus(db, tenantId), today);
  const focusField = focus ? fields.find((f) => f.lineageId === focus.actionFieldLineageId) : null;
  const fieldTitle = (lineageId: string | null) =>
    lineageId ? (fields.find((f) => f.lineageId === lineageId)?.title ?? null) : null;

  const rollUp = await rollUpOfAdopted(db, tenantId, today, tree, audience);
  const funds = await q.listFundsForOverview(db, tenantId);
  const money = await fundMoneyOf(db, tenantId, funds, today);
  const lapseDecision = await lapseDecisionReader(db, tenantId, today);
  const decisions = await decisionsByMeeting(db, tenantId);
  const open = await q.listOpenConsultations(db, tenantId);
  const pending = new Map<string, Overview["pendingPapers"][number]>();
  for (const row of open) {
    if (pending.has(row.paperId)) continue;
    pending.set(row.paperId, {
      id: row.paperId,
      reference: row.reference,
      kind: row.kind,
      title: row.title,
      proposedResolution: row.proposedResolution,
      nextConsultation: { committee: row.committee, role: row.role, meetingDate: row.meetingDate },
    });
  }

  return {
    tenant: { name: t?.name ?? "" },
    concept: adopted
      ? {
          versionId: adopted.id,
          title: adopted.title,
          adoptedOn: adopted.adoptedOn,
          adoptedBy: adoption?.committee ?? null,
        }
      : null,
    actionFields: fields.map((f) => {
      const goals = tree?.goals.filter((g) => g.actionFieldId === f.id) ?? [];
      const goalIds = new Set(goals.map((g) => g.id));
      return {
        id: f.id,
        position: f.position,
        title: f.title,
        goalCount: goals.length,
        recommendationCount: tree?.recommendations.filter((r) => goalIds.has(r.goalId)).length ?? 0,
        isFocus: focus?.actionFieldLineageId === f.lineageId,
        measures: measuresOf(rollUp.fields.find((r) => r.id === f.id)),
      };
    }),
    focus:
      focus && focusField
        ? {
            actionFieldTitle: focusField.title,
            actionFieldPosition: focusField.position,
            validFrom: focus.validFrom,
            validTo: focus.validTo,
            basis: focus.basis,
            resolution:
              focus.resolutionId && focus.resolutionDecidedOn && focus.resolutionCommittee
                ? {
                    id: focus.resolutionId,
                    committee: focus.resolutionCommittee,
                    decidedOn: focus.resolutionDecidedOn,
                  }
                : null,
          }
        : null,
    funds: funds.map((f) => {
      const { balance, figures, purposes } = money.get(f.id) as FundMoney;
      const forecast = forecastYearEnd({ fiscalYear: f.fiscalYear, balance, today });
      return {
        id: f.id,
        name: f.name,
        fiscalYear: f.fiscalYear,
        estimateCents: f.estimateCents,
        grantedCents: figures.grantedCents,
        availableCents: figures.availableCents,
        lapsedCents: figures.lapsedCents,
        yearClosed: figures.yearClosed,
        lapseForecastCents:
          !figures.yearClosed && forecast.warning === "lapse" ? forecast.projectedRestCents : null,
        lapseDecision:
          !figures.yearClosed && forecast.warning === "lapse" ? lapseDecision(f) : null,
        grantedBy: f.grantedBy,
        grantingReference: f.grantingReference,
        purpose: purposes
          .filter((p) => p.validFrom <= today && (!p.validTo || p.validTo >= today))
          .map((p) => ({
            kind: p.kind,
            measureType: p.measureType,
            actionField: fieldTitle(p.actionFieldLineageId),
            validFrom: p.validFrom,
            note: p.note,
          })),
      };
    }),
    pendingPapers: [...pending.values()],
    overdueProofsOfUse:
      audience === "internal"
        ? (await overdueProofsOfUse(db, tenantId, today)).map(({ row, dueOn }) => ({
            applicationId: row.application.id,
            title: row.application.title,
            organisation: row.partnerName,
            dueOn,
          }))
        : [],
    reportingDuties: (await readDutySchedules(db, tenantId, today)).map((d) => ({
      id: d.id,
      committee: d.committee.name,
      cadence: d.cadence,
      subject: d.subject,
      validFrom: d.validFrom,
      resolution: d.resolution,
      paperDue: d.paperDue,
      state: d.state,
      missingUpdates: d.missingUpdates,
    })),
    recentMeetings: (await q.listRecentMeetings(db, tenantId, 5)).map((m) => ({
      id: m.id,
      committee: m.committee,
      name: m.name,
      meetingDate: m.meetingDate,
      resultSummary: m.resultSummary,
      decisions: (decisions.get(m.id) ?? []).map((r) => ({
        id: r.id,
        outcome: r.outcome,
        paper: r.paper ? { id: r.paper.id, title: r.paper.title } : null,
        effectCount: r.effects.length,
      })),
    })),
  };
}
