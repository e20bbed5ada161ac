import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  consultationRoles,
  paperKinds,
  reportingCadences,
  resolutionOutcomes,
} from "../../../domain/council-vocabulary";
import { followUpStates } from "../../../domain/follow-up";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * One home for each council value list: the database's CHECK constraints (from the migrations
 * in use) allow exactly the values of the lists in src/domain.
 */
describe("council vocabularies in the database", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ["paper_kind_ck", paperKinds],
    ["consultation_role_ck", consultationRoles],
    ["resolution_outcome_ck", resolutionOutcomes],
    ["reporting_duty_cadence_ck", reportingCadences],
    ["resolution_follow_up_state_ck", followUpStates],
  ] as const)("%s allows exactly the domain's list", async (name, values) => {
    const [row] = await t.database.query<{ def: string }>(
      "select pg_get_constraintdef(oid) def from pg_constraint where conname = $1",
      [name],
    );
    const allowed = [...(row?.def ?? "").matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(allowed.sort()).toEqual([...values].sort());
  });
});
