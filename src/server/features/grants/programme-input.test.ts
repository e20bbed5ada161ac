import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../../../contract/common";
import type { Programme } from "../../../contract/grants";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * What the programme form (web/grants/ProgrammeFormPage.tsx) relies on: a share the form could
 * not read, or out of range, is refused at its field with a sentence in per cent; what the form
 * leaves out gets the domain's defaults.
 */
describe("grant programme input", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let fundId = "";
  const body = {
    title: "Elternkurse 2024",
    purpose: "Sprachkurse für Eltern",
    financingType: "share",
    eligibleCostKinds: ["fees"],
    conditions: "Es gelten die ANBest-P.",
  };
  const post = (payload: object) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/grant-programmes",
      headers: office,
      payload: { fundId, ...body, ...payload },
    });

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    fundId = (await ledgerFixtures(t, office)).million.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ["120 %", 12_000],
    ["0 %", 0],
    ["text as typed", "achtzig"],
    ["a fraction of a basis point", 62.55],
  ])("refuses a share of %s at its field, in per cent", async (_, share) => {
    const response = await post({ maxShareBasisPoints: share });
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.errors).toEqual([
      {
        path: "maxShareBasisPoints",
        message:
          "Bitte einen Anteil von 0,01 bis 100 % angeben, z. B. 80 (in der API: 1 bis 10000 Basispunkte).",
      },
    ]);
  });

  it("gives what the form leaves out the domain's defaults (2 and 6 months, 20 %)", async () => {
    const response = await post({ maxShareBasisPoints: 6250 });
    expect(response.statusCode).toBe(201);
    expect(response.json<Programme>()).toMatchObject({
      maxShareBasisPoints: 6250,
      paymentWithinMonths: 2,
      proofDueMonths: 6,
      overspendAllowancePercent: 20,
    });
  });
});
