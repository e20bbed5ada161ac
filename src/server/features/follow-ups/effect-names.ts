import { and, eq } from "drizzle-orm";
import type { ResolutionEffectInput } from "../../../contract/resolution";
import type { Executor } from "../../platform/db/database";
import { actionField, committee, conceptVersion, fund } from "../../platform/db/schema";

/** The name of what an effect changed (concept, action field, fund, committee), if it has one. */
export async function effectSubjectName(
  db: Executor,
  tenantId: string,
  effect: ResolutionEffectInput,
): Promise<string | null> {
  switch (effect.type) {
    case "adoptConceptVersion":
    case "confirmConceptVersion": {
      const [row] = await db
        .select({ name: conceptVersion.title })
        .from(conceptVersion)
        .where(
          and(
            eq(conceptVersion.tenantId, tenantId),
            eq(conceptVersion.id, effect.conceptVersionId),
          ),
        );
      return row?.name ?? null;
    }
    case "setFocus": {
      const [row] = await db
        .select({ name: actionField.title })
        .from(actionField)
        .where(
          and(
            eq(actionField.tenantId, tenantId),
            eq(actionField.lineageId, effect.actionFieldLineageId),
          ),
        )
        .limit(1);
      return row?.name ?? null;
    }
    case "changeFundPurpose": {
      const [row] = await db
        .select({ name: fund.name })
        .from(fund)
        .where(and(eq(fund.tenantId, tenantId), eq(fund.id, effect.fundId)));
      return row?.name ?? null;
    }
    case "requireReporting": {
      const [row] = await db
        .select({ name: committee.name })
        .from(committee)
        .where(and(eq(committee.tenantId, tenantId), eq(committee.id, effect.committeeId)));
      return row?.name ?? null;
    }
    default:
      return null;
  }
}
