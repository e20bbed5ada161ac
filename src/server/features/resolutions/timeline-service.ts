import type { ConceptTimeline } from "../../../contract/concept-timeline";
import { buildTimeline, fieldsReachedBy } from "../../../domain/concept-timeline";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as concept from "../concept/read";
import * as resolutions from "./queries";
import { presentResolution } from "./service";
import * as names from "./timeline-queries";

/**
 * What was decided about the concept, when, by which committee, on which paper at which
 * meeting — for the whole concept or for one action field (by lineage, across versions).
 * Served at GET /concept/timeline (concept/routes.ts, handed in by app.ts): it lives here, as it
 * reads the resolutions, so that concept/ does not import resolutions/ (which applies its
 * effects to the concept).
 */
export async function getTimeline(
  scope: TenantDb,
  { actionFieldLineageId }: { actionFieldLineageId?: string },
): Promise<ConceptTimeline> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const rows = await resolutions.listResolutions(tx, tenantId);
    const presented = rows.map((row) => presentResolution(row, rows));
    const entries = buildTimeline(presented, actionFieldLineageId).map(({ resolution }) => ({
      resolution,
      reach: resolution.effects.map(fieldsReachedBy),
    }));
    const fieldTitles: Record<string, string> = {};
    // Oldest version first: the newest title of a lineage wins.
    for (const f of await names.listFieldTitles(tx, tenantId)) fieldTitles[f.lineageId] = f.title;
    // Drafts stay internal: the timeline names only decided versions.
    const versions = (await concept.listVersions(tx, tenantId)).filter((v) => v.status !== "draft");
    return {
      entries,
      names: {
        actionFields: fieldTitles,
        funds: Object.fromEntries(
          (await names.listFundNames(tx, tenantId)).map((f) => [f.id, f.name]),
        ),
        committees: Object.fromEntries(
          (await names.listCommitteeNames(tx, tenantId)).map((c) => [c.id, c.name]),
        ),
        versions: Object.fromEntries(
          versions.map((v) => [v.id, { number: v.number, title: v.title }]),
        ),
      },
    };
  });
}
