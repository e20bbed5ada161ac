import { assertVersionEditable } from "../../../domain/concept-version";
import { DomainError } from "../../../domain/errors";
import type { Executor } from "../../platform/db/database";
import * as q from "./queries";

/** Locks a concept version for a change: 404 if it is unknown, 409 unless it is a draft. */
export async function lockDraft(tx: Executor, tenantId: string, versionId: string) {
  const version = await q.findVersion(tx, tenantId, versionId, true);
  if (!version) throw new DomainError("notFound", "conceptVersion.notFound");
  assertVersionEditable(version.status);
  return version;
}
