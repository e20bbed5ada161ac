import { and, eq } from "drizzle-orm";
import type { Database } from "../../src/server/platform/db/database";
import { committee } from "../../src/server/platform/db/schema";
import { tenantDb } from "../../src/server/platform/db/tenant-scope";
import { buildSnapshot } from "../../src/server/read-models/committee-reports/build-snapshot";

/**
 * The committee report the report scenarios generate (report-generation, cost-growth): the
 * county's specialist committee, second half of 2024, as of 10 January 2025. Finds the committee
 * once; the function it returns builds the snapshot afresh on each call, as a draft's "generate".
 */
export async function reportDraftSnapshot(
  database: Database,
  tenantId: string,
): Promise<() => ReturnType<typeof buildSnapshot>> {
  const scope = tenantDb(database.db, tenantId);
  const [social] = await database.db
    .select()
    .from(committee)
    .where(and(eq(committee.tenantId, tenantId), eq(committee.kind, "specialistCommittee")));
  if (!social) throw new Error("seed committee missing");
  return () =>
    scope.transaction((tx) =>
      buildSnapshot(tx, tenantId, {
        title: "Sachstandsbericht Integrationskonzept",
        committee: { id: social.id, name: social.name },
        period: { from: "2024-07-01", to: "2024-12-31" },
        asOf: "2025-01-10",
        publicSession: false,
        introText: "",
        closingText: "",
        proposedResolution: null,
      }),
    );
}
