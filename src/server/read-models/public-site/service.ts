import { currentFocus } from "../../../domain/focus";
import * as concept from "../../features/concept/read";
import { grantedFigures } from "../../features/grants/read";
import { listFunds } from "../../features/ledger/read";
import { translationsOf } from "../../features/measures/read";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { findTenant } from "../../platform/tenancy/tenants";
import type { PublicData, PublicMoney } from "./model";
import * as q from "./queries";

/** Reads everything the public site shows, in one transaction under row-level security. */
export async function readPublicData(scope: TenantDb, today: string): Promise<PublicData> {
  const { tenantId } = scope;
  const base = await scope.transaction(async (tx) => {
    const t = await findTenant(tx, tenantId);
    const versions = await concept.listVersions(tx, tenantId);
    const adopted = versions.filter((v) => v.status === "adopted").at(-1) ?? null;
    const fields = adopted ? await concept.listFieldsOfVersion(tx, tenantId, adopted.id) : [];
    const focus = currentFocus(await concept.listFocus(tx, tenantId), today);
    const focusField = focus
      ? fields.find((f) => f.lineageId === focus.actionFieldLineageId)
      : null;
    const measures = await q.listPublicMeasures(tx, tenantId);
    const ids = measures.map((m) => m.id);
    const places = await q.municipalitiesOfMeasures(tx, tenantId, ids);
    const links = await q.fieldsOfMeasures(tx, tenantId, ids);
    const translations = await translationsOf(tx, tenantId, ids);
    const legal = await q.listLegalTexts(tx, tenantId);
    // Grants to organisations (never a person): the pipeline's one reading.
    const grants = await grantedFigures(tx, tenantId);
    const positionOf = (lineageId: string) =>
      fields.find((f) => f.lineageId === lineageId)?.position;
    return {
      tenantName: t?.name ?? "",
      concept: adopted ? { title: adopted.title, adoptedOn: adopted.adoptedOn } : null,
      fields: fields.map((f) => ({
        position: f.position,
        lineageId: f.lineageId,
        title: f.title,
        guidingGoal: f.guidingGoal,
        isFocus: focus?.actionFieldLineageId === f.lineageId,
      })),
      focus:
        focus && focusField
          ? {
              fieldPosition: focusField.position,
              validFrom: focus.validFrom,
              validTo: focus.validTo,
              basis: focus.basis,
              resolution:
                focus.resolutionId && focus.resolutionCommittee && focus.resolutionDecidedOn
                  ? {
                      committee: focus.resolutionCommittee,
                      decidedOn: focus.resolutionDecidedOn,
                      text: await q.resolutionText(tx, tenantId, focus.resolutionId),
                    }
                  : null,
            }
          : null,
      grants,
      measures: measures.map((m) => ({
        ...m,
        municipalities: places.filter((p) => p.measureId === m.id).map((p) => p.name),
        fieldPositions: [
          ...new Set(
            links
              .filter((l) => l.measureId === m.id)
              .map((l) => positionOf(l.lineageId))
              .filter((p): p is number => p !== undefined),
          ),
        ].sort((a, b) => a - b),
        translations: translations
          .filter((x) => x.measureId === m.id)
          .map(({ measureId: _, ...x }) => x),
      })),
      legal: Object.fromEntries(
        legal
          .filter((l) => l.lang === "de")
          .map((l) => [
            l.topic,
            {
              body: l.body,
              contact: l.contact,
              translations: Object.fromEntries(
                legal
                  .filter((x) => x.topic === l.topic && x.lang !== "de")
                  .map((x) => [x.lang, x.body]),
              ),
            },
          ]),
      ),
      fieldLineages: fields.map((f) => ({ lineageId: f.lineageId, position: f.position })),
    };
  });
  const money = moneyPerField(await listFunds(scope), base.fieldLineages);
  const { fieldLineages: _, ...rest } = base;
  return { ...rest, money, today };
}

type FundItem = Awaited<ReturnType<typeof listFunds>>["items"][number];

/**
 * Money per action field: a fund counts for the fields its purpose lies in, followed through the
 * lineage for every purpose kind (`actionFields` of the funds API, src/server/features/ledger/fund-money.ts,
 * the same as /api/v1/funds/by-action-field). A fund serving several fields is one row naming
 * them all; only a fund whose purpose names no field goes into the row without a field. The
 * parts are the fund figures of src/domain/fund-figures (granted includes every change).
 */
export function moneyPerField(
  { items }: { items: FundItem[] },
  fields: { lineageId: string; position: number }[],
): PublicMoney[] {
  const empty = (positions: number[]): PublicMoney => ({
    fieldPosition: positions.length === 1 ? (positions[0] as number) : null,
    fieldPositions: positions,
    grantedCents: 0,
    boundCents: 0,
    paidCents: 0,
    blockedCents: 0,
    lapsedCents: 0,
    availableCents: 0,
  });
  const rows = new Map<string, PublicMoney>();
  for (const f of fields) rows.set(String(f.position), empty([f.position]));
  for (const fund of items) {
    const positions = [
      ...new Set(
        fund.actionFields
          .map((a) => fields.find((f) => f.lineageId === a.lineageId)?.position)
          .filter((p): p is number => p !== undefined),
      ),
    ].sort((a, b) => a - b);
    const key = positions.join(",");
    const row = rows.get(key) ?? empty(positions);
    row.grantedCents += fund.grantedCents;
    row.boundCents += fund.committedCents;
    row.paidCents += fund.paidCents;
    row.blockedCents += fund.blockedCents;
    row.lapsedCents += fund.lapsedCents;
    row.availableCents += fund.availableCents;
    rows.set(key, row);
  }
  return [...rows.values()];
}
