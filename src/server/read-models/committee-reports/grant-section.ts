import { grantedFigures } from "../../features/grants/read";
import type { Executor } from "../../platform/db/database";
import type { GrantSection } from "../../renderers/reports/report-snapshot";

/**
 * Zuwendungen an Träger: granted and paid per programme and per organisation (never a person),
 * from the grants' one reading (`grantedFigures`) that the pipeline API and the public site use.
 */
export async function readGrantSection(db: Executor, tenantId: string): Promise<GrantSection> {
  const figures = await grantedFigures(db, tenantId);
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
