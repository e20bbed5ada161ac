import type { GrantedFigures, GrantProvider } from "../../../contract/grant-figures";
import type { Pipeline } from "../../../contract/grants";
import { isGranted } from "../../../domain/grants";
import type { Executor } from "../../platform/db/database";
import { paidOf } from "./common";
import * as q from "./queries";

interface Sums {
  askedCents: number;
  grantedCents: number;
  paidCents: number;
  provenCents: number;
  reclaimedCents: number;
}

const noSums = (): Sums => ({
  askedCents: 0,
  grantedCents: 0,
  paidCents: 0,
  provenCents: 0,
  reclaimedCents: 0,
});

function add(into: Sums, from: Sums) {
  into.askedCents += from.askedCents;
  into.grantedCents += from.grantedCents;
  into.paidCents += from.paidCents;
  into.provenCents += from.provenCents;
  into.reclaimedCents += from.reclaimedCents;
}

export type PipelineRow = Pipeline["items"][number] & { grants: number };

/**
 * The one reading of grant money (docs/ARCHITECTURE.md, grants): per programme (optionally of
 * one fund) asked (submitted, not withdrawn), granted, paid (net of what came back after a
 * confirmed proof of use), proven (entitled) and reclaimed; per provider organisation the same
 * over its granted applications. The pipeline API, the per-provider API, the committee report
 * and the public site all read it.
 */
export async function readPipeline(
  db: Executor,
  tenantId: string,
  filter: { fundId?: string } = {},
): Promise<{ programmes: PipelineRow[]; providers: GrantProvider[] }> {
  const programmes = (await q.listProgrammes(db, tenantId)).filter(
    (p) => !filter.fundId || p.programme.fundId === filter.fundId,
  );
  const applications = await q.listApplications(db, tenantId, { fundId: filter.fundId });
  const ids = applications.map((a) => a.application.id);
  const requests = await q.listPaymentRequests(db, tenantId, ids);
  const proofs = await q.listProofs(db, tenantId, ids);
  const perProgramme = new Map(
    programmes.map(({ programme }) => [
      programme.id,
      {
        programmeId: programme.id,
        programmeTitle: programme.title,
        fundId: programme.fundId,
        applications: 0,
        grants: 0,
        ...noSums(),
      },
    ]),
  );
  const perProvider = new Map<string, GrantProvider & Sums>();
  for (const row of applications) {
    const a = row.application;
    const programme = perProgramme.get(a.programmeId);
    if (!programme || a.state === "draft" || a.state === "withdrawn") continue;
    programme.applications += 1;
    const sums = { ...noSums(), askedCents: a.requestedCents };
    if (isGranted(a.state)) {
      sums.grantedCents = a.grantedCents ?? 0;
      const paid = paidOf(requests.filter((r) => r.applicationId === a.id));
      const proof = proofs.find((p) => p.applicationId === a.id && p.state === "confirmed");
      sums.provenCents = proof?.entitledCents ?? 0;
      sums.reclaimedCents = proof?.reclaimCents ?? 0;
      // Paid net of what came back.
      sums.paidCents = paid - sums.reclaimedCents;
      programme.grants += 1;
      const provider = perProvider.get(a.partnerId) ?? {
        partnerId: a.partnerId,
        partnerName: row.partnerName,
        grants: 0,
        ...noSums(),
      };
      provider.grants += 1;
      add(provider, sums);
      perProvider.set(a.partnerId, provider);
    }
    add(programme, sums);
  }
  return {
    programmes: [...perProgramme.values()],
    providers: [...perProvider.values()]
      .map(({ askedCents: _, ...p }) => p)
      .sort(
        (a, b) =>
          a.partnerName.localeCompare(b.partnerName, "de") ||
          a.partnerId.localeCompare(b.partnerId),
      ),
  };
}

/**
 * Granted and paid per programme and per provider organisation, only rows with a grant: the
 * committee report's section and the public site (both read this, never the applications).
 */
export async function grantedFigures(db: Executor, tenantId: string): Promise<GrantedFigures> {
  const { programmes, providers } = await readPipeline(db, tenantId);
  return {
    programmes: programmes
      .filter((p) => p.grants > 0)
      .map((p) => ({
        programmeId: p.programmeId,
        title: p.programmeTitle,
        grants: p.grants,
        grantedCents: p.grantedCents,
        paidCents: p.paidCents,
      })),
    providers: providers.map((p) => ({
      partnerId: p.partnerId,
      name: p.partnerName,
      grants: p.grants,
      grantedCents: p.grantedCents,
      paidCents: p.paidCents,
    })),
  };
}
