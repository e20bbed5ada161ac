import type { FundSource, FundSourceInput } from "../../../contract/ledger";
import { sharePerMille } from "../../../domain/budget-sources";
import { DomainError } from "../../../domain/errors";
import { formatEuroAmount } from "../../../domain/money";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as q from "./queries";

type SourceRow = Awaited<ReturnType<typeof q.sourcesOf>>[number];

export function presentSources(rows: SourceRow[]): FundSource[] {
  const total = rows.reduce((s, r) => s + r.amountCents, 0);
  return rows.map((r) => ({
    id: r.id,
    fundId: r.fundId,
    kind: r.kind,
    name: r.name,
    amountCents: r.amountCents,
    sharePerMille: sharePerMille(r.amountCents, total),
    grantNoticeReference: r.grantNoticeReference,
    grantNoticeDate: r.grantNoticeDate,
    spendBy: r.spendBy,
    proofDueBy: r.proofDueBy,
    conditions: r.conditions,
  }));
}

async function fundOrFail(db: Executor, tenantId: string, fundId: string) {
  const [fund] = await q.listFunds(db, tenantId, fundId);
  if (!fund) throw new DomainError("notFound", "fund.notFound");
  return fund;
}

export async function listSources(scope: TenantDb, { fundId }: { fundId: string }) {
  return scope.transaction(async (tx) => {
    await fundOrFail(tx, scope.tenantId, fundId);
    return { items: presentSources(await q.sourcesOf(tx, scope.tenantId, fundId)) };
  });
}

/**
 * Adds a source. A grant (Land, federal, EU) needs its notice reference; the shares of all
 * sources never exceed the fund's estimate (the county's own money fills the rest).
 */
export async function addSource(
  scope: TenantDb,
  options: { actor: string; requestId?: string; fundId: string; input: FundSourceInput },
): Promise<FundSource> {
  const { input, fundId } = options;
  if (input.kind !== "own" && !input.grantNoticeReference)
    throw new DomainError("invalid", "fundSource.noticeRequired", {}, "grantNoticeReference");
  return scope.transaction(async (tx) => {
    const [fund] = await q.lockFunds(tx, scope.tenantId, [fundId]);
    if (!fund) throw new DomainError("notFound", "fund.notFound");
    const existing = await q.sourcesOf(tx, scope.tenantId, fundId);
    const sum = existing.reduce((s, r) => s + r.amountCents, 0) + input.amountCents;
    if (sum > fund.estimateCents)
      throw new DomainError(
        "conflict",
        "fundSource.exceedsEstimate",
        {
          missingCents: sum - fund.estimateCents,
          missing: `${formatEuroAmount(sum - fund.estimateCents)} €`,
        },
        "amountCents",
      );
    const created = await q.insertSource(tx, {
      tenantId: scope.tenantId,
      fundId,
      kind: input.kind,
      name: input.name,
      amountCents: input.amountCents,
      grantNoticeReference: input.grantNoticeReference ?? null,
      grantNoticeDate: input.grantNoticeDate ?? null,
      spendBy: input.spendBy ?? null,
      proofDueBy: input.proofDueBy ?? null,
      conditions: input.conditions ?? null,
      createdBy: options.actor,
    });
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "fundSource.create",
      entityType: "fundSource",
      entityId: created.id,
      before: null,
      after: created,
    });
    const all = presentSources([...existing, created]);
    return all[all.length - 1] as FundSource;
  });
}
