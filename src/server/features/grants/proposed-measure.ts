import type { ApplicationInput } from "../../../contract/grants";
import { DomainError } from "../../../domain/errors";
import type { GrantProblem, ProposedMeasure } from "../../../domain/grants";
import type { Actor } from "../../platform/auth/actor";
import type { Tx } from "../../platform/db/database";
import { existingIds } from "../measures/read";
import { createMeasure } from "../measures/service";
import { inTransaction } from "./common";

/**
 * „Maßnahme (neu oder bestehend)“: an application names an existing measure or proposes a new
 * one (title, measure type, recommendations of the adopted concept, as the measure form needs).
 * The new measure is created when the application is granted, in the grant's transaction.
 */
export async function proposedMeasureProblems(
  tx: Tx,
  tenantId: string,
  input: ApplicationInput,
): Promise<GrantProblem[]> {
  const proposed = input.proposedMeasure;
  if (!proposed) return [];
  if (input.measureId) return [{ path: "proposedMeasure", code: "grant.measureEitherOr" }];
  const problems: GrantProblem[] = [];
  const types = await existingIds(tx, tenantId, "measureType", [proposed.measureTypeId]);
  if (!types.size)
    problems.push({ path: "proposedMeasure.measureTypeId", code: "grant.measureTypeUnknown" });
  const known = await existingIds(tx, tenantId, "recommendation", proposed.recommendationIds);
  proposed.recommendationIds.forEach((id, i) => {
    if (!known.has(id))
      problems.push({
        path: `proposedMeasure.recommendationIds.${i}`,
        code: "grant.recommendationUnknown",
      });
  });
  return problems;
}

/** Creates the proposed measure inside the open transaction; its refusal names the form's field. */
export async function createProposedMeasure(
  tx: Tx,
  tenantId: string,
  options: Actor & { proposed: ProposedMeasure; partnerId: string; today: string },
): Promise<string> {
  const { proposed } = options;
  const created = await createMeasure(inTransaction(tx, tenantId), {
    actor: options.actor,
    requestId: options.requestId,
    today: options.today,
    input: {
      title: proposed.title,
      description: proposed.description ?? null,
      measureTypeId: proposed.measureTypeId,
      recommendationIds: proposed.recommendationIds,
      partnerIds: [options.partnerId],
      leadPartnerId: options.partnerId,
    },
  }).catch((error) => {
    if (!(error instanceof DomainError) || !error.path) throw error;
    const e = error;
    throw new DomainError(e.kind, e.code, e.params, `proposedMeasure.${e.path}`);
  });
  return created.id;
}
