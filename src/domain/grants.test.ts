import { describe, expect, it } from "vitest";
import {
  applicationStates,
  checkDeadline,
  checkDecision,
  checkPeriod,
  checkPlans,
  costKinds,
  mayChangeState,
  type ProgrammeRules,
} from "./grants";

const rules: ProgrammeRules = {
  financingType: "deficit",
  maxShareBasisPoints: 8000,
  eligibleCostKinds: ["staff", "fees", "material"],
  deadline: "2026-03-31",
};
const plan = {
  costPlan: [
    { costKind: "fees" as const, amountCents: 2_000_000 },
    { costKind: "material" as const, amountCents: 500_000 },
  ],
  financing: { ownCents: 250_000, thirdPartyCents: 250_000, requestedCents: 2_000_000 },
};

describe("cost and financing plan", () => {
  it("a plan that adds up within the share passes", () => {
    expect(checkPlans({ ...plan, rules })).toEqual([]);
  });

  it("own + third-party + asked must equal the total cost, named at the amount asked", () => {
    const problems = checkPlans({
      ...plan,
      financing: { ...plan.financing, requestedCents: 1_900_000 },
      rules,
    });
    expect(problems).toEqual([
      {
        path: "financing.requestedCents",
        code: "grant.planNotBalanced",
        params: { totalCents: 2_500_000, financedCents: 2_400_000, differenceCents: 100_000 },
      },
    ]);
  });

  it("negative costs, ineligible and doubled cost kinds are refused at their field", () => {
    const problems = checkPlans({
      costPlan: [
        { costKind: "fees", amountCents: -5 },
        { costKind: "rooms", amountCents: 100 },
        { costKind: "rooms", amountCents: 100 },
      ],
      financing: { ownCents: 0, thirdPartyCents: -1, requestedCents: 100 },
      rules,
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      "costPlan.0.amountCents grant.amountNegative",
      "costPlan.1.costKind grant.costKindNotEligible",
      "costPlan.2.costKind grant.costKindTwice",
      "costPlan.2.costKind grant.costKindNotEligible",
      "financing.thirdPartyCents grant.amountNegative",
    ]);
  });

  it("an empty plan and an amount of 0 asked are refused", () => {
    const problems = checkPlans({
      costPlan: [],
      financing: { ownCents: 0, thirdPartyCents: 0, requestedCents: 0 },
      rules,
    });
    expect(problems.map((p) => p.code)).toEqual(["grant.costPlanEmpty", "grant.amountZero"]);
  });

  it("the amount asked may not exceed the programme's maximum share", () => {
    const problems = checkPlans({
      ...plan,
      financing: { ownCents: 0, thirdPartyCents: 0, requestedCents: 2_500_000 },
      rules,
    });
    expect(problems).toEqual([
      {
        path: "financing.requestedCents",
        code: "grant.shareExceeded",
        params: { maxCents: 2_000_000, basisPoints: 8000 },
      },
    ]);
  });
});

describe("period, deadline, decision", () => {
  it("a period ending before it begins is refused at its end", () => {
    expect(checkPeriod({ from: "2026-05-01", to: "2026-04-30" })).toEqual([
      { path: "periodTo", code: "grant.periodReversed" },
    ]);
    expect(checkPeriod({ from: "2026-05-01", to: "2026-05-01" })).toEqual([]);
  });

  it("the deadline day itself is still in time", () => {
    expect(checkDeadline(rules, "2026-03-31")).toEqual([]);
    expect(checkDeadline(rules, "2026-04-01")[0]?.code).toBe("grant.deadlinePassed");
    expect(checkDeadline({ ...rules, deadline: null }, "2099-01-01")).toEqual([]);
  });

  it("less than asked is a partial grant; more than asked is refused", () => {
    expect(checkDecision({ requestedCents: 100, grantedCents: 100 })).toEqual({
      state: "granted",
      problems: [],
    });
    expect(checkDecision({ requestedCents: 100, grantedCents: 60 }).state).toBe("partlyGranted");
    expect(checkDecision({ requestedCents: 100, grantedCents: 101 }).problems[0]?.code).toBe(
      "grant.grantAboveRequest",
    );
    expect(checkDecision({ requestedCents: 100, grantedCents: 0 }).problems[0]?.code).toBe(
      "grant.amountZero",
    );
  });
});

describe("application states", () => {
  it("draft → submitted → under review → decided; withdrawn before a decision; decisions final", () => {
    const allowed = applicationStates.flatMap((from) =>
      applicationStates.filter((to) => mayChangeState(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      "draft→submitted",
      "draft→withdrawn",
      "submitted→underReview",
      "submitted→withdrawn",
      "underReview→granted",
      "underReview→partlyGranted",
      "underReview→refused",
      "underReview→withdrawn",
    ]);
  });

  it("knows six cost kinds", () => {
    expect(costKinds).toHaveLength(6);
  });
});
