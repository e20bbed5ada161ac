import type { GrantedFigures } from "../../../contract/grant-figures";
import type { Executor } from "../../platform/db/database";
import type { GrantSection } from "../../renderers/reports/report-snapshot";

/**
 * What the report reads from other features through a function app.ts gives it: the granted
 * and paid money per programme and provider is grants/pipeline.ts `grantedFigures`, the one
 * reading the pipeline API and the public site use too. committee-reports does not import
 * grants/ itself: grants → ledger → council → committee-reports would close a cycle.
 */
export interface SnapshotReaders {
  grantFigures: (db: Executor, tenantId: string) => Promise<GrantedFigures>;
}

/** Zuwendungen an Träger: granted and paid per programme and per organisation (never a person). */
export async function readGrantSection(
  db: Executor,
  tenantId: string,
  readers: SnapshotReaders,
): Promise<GrantSection> {
  const figures = await readers.grantFigures(db, tenantId);
  return {
    programmes: figures.programmes.map((p) => ({
      title: p.title,
      grants: p.grants,
      grantedCents: p.grantedCents,
      paidCents: p.paidCents,
    })),
    providers: figures.providers.map((p) => ({
      name: p.name,
      grants: p.grants,
      grantedCents: p.grantedCents,
      paidCents: p.paidCents,
    })),
  };
}
