import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkPaymentRequest,
  checkProofFigures,
  compareCosts,
  computeReclaim,
  defaultOverspendAllowancePercent,
  eligibleCosts,
  type PaymentRequestCheck,
  paymentRest,
  type ReclaimInput,
} from "./grant-money";
import { type CostLine, costKinds, financingTypes } from "./grants";
import { addMonths } from "./reporting-schedule";

const amount = fc.integer({ min: 0, max: 5_000_000_00 });

/** A random granted plan: costs per kind, third-party money, a grant ≤ the rest, payments ≤ grant. */
const grantedPlan = fc
  .record({
    financingType: fc.constantFrom(...financingTypes),
    costs: fc.uniqueArray(
      fc.record({ costKind: fc.constantFrom(...costKinds), amountCents: amount }),
      { minLength: 1, maxLength: 6, selector: (l) => l.costKind },
    ),
    thirdShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    grantShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
    paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
    actualFactor: fc.array(fc.double({ min: 0, max: 1.5, noNaN: true }), {
      minLength: 6,
      maxLength: 6,
    }),
    actualThird: amount,
    allowance: fc.oneof(fc.constant(20), fc.integer({ min: 0, max: 100 })),
  })
  .filter((p) => p.costs.reduce((s, l) => s + l.amountCents, 0) > 0)
  .map((p): ReclaimInput => {
    const total = p.costs.reduce((s, l) => s + l.amountCents, 0);
    const third = Math.floor(total * p.thirdShare);
    const granted = Math.max(1, Math.floor((total - third) * p.grantShare));
    return {
      financingType: p.financingType,
      grantedCents: granted,
      plannedCosts: p.costs,
      plannedThirdPartyCents: third,
      overspendAllowancePercent: p.allowance,
      paidCents: Math.floor(granted * p.paidShare),
      actualCosts: p.costs.map((l, i) => ({
        costKind: l.costKind,
        amountCents: Math.floor(l.amountCents * (p.actualFactor[i] ?? 1)),
      })),
      actualThirdPartyCents: Math.min(p.actualThird, third),
    };
  });

describe("reclaim after the proof of use (property tests over random plans and costs)", () => {
  it("0 ≤ entitled ≤ granted; granted = entitled + release; reclaim ≤ paid and ≤ release; integer cents", () => {
    fc.assert(
      fc.property(grantedPlan, (input) => {
        const r = computeReclaim(input);
        expect(r.entitledCents).toBeGreaterThanOrEqual(0);
        expect(r.entitledCents).toBeLessThanOrEqual(input.grantedCents);
        expect(r.entitledCents + r.releaseCents).toBe(input.grantedCents);
        expect(r.reclaimCents).toBeLessThanOrEqual(input.paidCents);
        expect(r.reclaimCents).toBeLessThanOrEqual(r.releaseCents);
        expect(r.reclaimCents).toBe(Math.max(0, input.paidCents - r.entitledCents));
        expect(r.releaseCents).toBeGreaterThanOrEqual(0);
        expect(r.stillOwedCents).toBe(Math.max(0, r.entitledCents - input.paidCents));
        for (const v of Object.values(r)) expect(Number.isSafeInteger(v)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("costs as planned (or higher) with no more third-party money: nothing is reclaimed or released", () => {
    fc.assert(
      fc.property(grantedPlan, fc.integer({ min: 0, max: 1_000_000 }), (input, extra) => {
        // Actual = planned per cost kind, the first kind higher still.
        const asPlanned: CostLine[] = input.plannedCosts.map((line, i) => ({
          ...line,
          amountCents: line.amountCents + (i === 0 ? extra : 0),
        }));
        const r = computeReclaim({
          ...input,
          actualCosts: asPlanned,
          actualThirdPartyCents: input.plannedThirdPartyCents,
        });
        expect(r.entitledCents).toBe(input.grantedCents);
        expect(r.reclaimCents).toBe(0);
        expect(r.releaseCents).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("more actual costs never lower the entitlement (each financing type)", () => {
    fc.assert(
      fc.property(grantedPlan, fc.integer({ min: 1, max: 1_000_000 }), (input, more) => {
        const first = input.actualCosts[0] as CostLine;
        const higher = computeReclaim({
          ...input,
          actualCosts: [
            { ...first, amountCents: first.amountCents + more },
            ...input.actualCosts.slice(1),
          ],
        });
        expect(higher.entitledCents).toBeGreaterThanOrEqual(computeReclaim(input).entitledCents);
      }),
      { numRuns: 300 },
    );
  });

  it("each type by its rule", () => {
    fc.assert(
      fc.property(grantedPlan, (input) => {
        const r = computeReclaim(input);
        // Each planned kind counts up to plan + allowance (ANBest-P Nr. 1.2), computed here anew.
        const actual = input.plannedCosts.reduce((sum, line) => {
          const spent = input.actualCosts.find((a) => a.costKind === line.costKind);
          const cap = Math.floor(
            line.amountCents + (line.amountCents * input.overspendAllowancePercent) / 100,
          );
          return sum + Math.min(spent?.amountCents ?? 0, cap);
        }, 0);
        expect(r.eligibleTotalCents).toBe(actual);
        const plannedTotal = input.plannedCosts.reduce((s, l) => s + l.amountCents, 0);
        const clamp = (v: number) => Math.min(input.grantedCents, Math.max(0, v));
        if (input.financingType === "fixed") expect(r.entitledCents).toBe(clamp(actual));
        if (input.financingType === "share")
          expect(r.entitledCents).toBe(
            clamp(Number((BigInt(actual) * BigInt(input.grantedCents)) / BigInt(plannedTotal))),
          );
        if (input.financingType === "deficit") {
          const own = plannedTotal - input.plannedThirdPartyCents - input.grantedCents;
          expect(r.entitledCents).toBe(clamp(actual - own - input.actualThirdPartyCents));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("worked examples: 25.000 € total, 2.500 € third-party, 20.000 € granted, all paid, costs 20.000 €", () => {
    const base = {
      grantedCents: 2_000_000,
      plannedCosts: [{ costKind: "fees" as const, amountCents: 2_500_000 }],
      plannedThirdPartyCents: 250_000,
      overspendAllowancePercent: defaultOverspendAllowancePercent,
      paidCents: 2_000_000,
      actualCosts: [{ costKind: "fees" as const, amountCents: 2_000_000 }],
      actualThirdPartyCents: 250_000,
    };
    // Fehlbedarf: own share 2.500 €; gap 20.000 − 2.500 − 2.500 = 15.000 € → 5.000 € back.
    expect(computeReclaim({ ...base, financingType: "deficit" }).reclaimCents).toBe(500_000);
    // Anteil: 80 % of 20.000 € = 16.000 € → 4.000 € back.
    expect(computeReclaim({ ...base, financingType: "share" }).reclaimCents).toBe(400_000);
    // Festbetrag: costs (20.000 €) not below the sum → nothing back.
    expect(computeReclaim({ ...base, financingType: "fixed" }).reclaimCents).toBe(0);
    // Half paid: Fehlbedarf entitles 15.000 €, 10.000 € paid → 5.000 € still owed, 5.000 € released.
    expect(computeReclaim({ ...base, financingType: "deficit", paidCents: 1_000_000 })).toEqual({
      entitledCents: 1_500_000,
      reclaimCents: 0,
      releaseCents: 500_000,
      stillOwedCents: 500_000,
      actualTotalCents: 2_000_000,
      eligibleTotalCents: 2_000_000,
    });
  });
});

describe("overspend allowance per cost kind (ANBest-P Nr. 1.2)", () => {
  // Plan: fees 10.000 €, material 10.000 €; no third-party money; Fehlbedarf, 16.000 € granted
  // and paid (own share 4.000 €).
  const plan = {
    financingType: "deficit" as const,
    grantedCents: 1_600_000,
    plannedCosts: [
      { costKind: "fees" as const, amountCents: 1_000_000 },
      { costKind: "material" as const, amountCents: 1_000_000 },
    ],
    plannedThirdPartyCents: 0,
    overspendAllowancePercent: 20,
    paidCents: 1_600_000,
    actualThirdPartyCents: 0,
  };
  const spent = (fees: number, material: number) => [
    { costKind: "fees" as const, amountCents: fees },
    { costKind: "material" as const, amountCents: material },
  ];

  it("example: 18 % more fees offset by savings in material — nothing back; 30 % more — the excess over 20 % does not count", () => {
    expect(computeReclaim({ ...plan, actualCosts: spent(1_180_000, 820_000) })).toMatchObject({
      entitledCents: 1_600_000,
      reclaimCents: 0,
      eligibleTotalCents: 2_000_000,
    });
    // Fees 13.000 € count only up to 12.000 €: eligible 19.000 €, entitled 19.000 − 4.000.
    expect(computeReclaim({ ...plan, actualCosts: spent(1_300_000, 700_000) })).toMatchObject({
      entitledCents: 1_500_000,
      reclaimCents: 100_000,
      releaseCents: 100_000,
      actualTotalCents: 2_000_000,
      eligibleTotalCents: 1_900_000,
    });
    // A county whose conditions allow 30 %: the same proof costs nothing back.
    expect(
      computeReclaim({
        ...plan,
        overspendAllowancePercent: 30,
        actualCosts: spent(1_300_000, 700_000),
      }).reclaimCents,
    ).toBe(0);
    expect(eligibleCosts(plan.plannedCosts, spent(1_300_000, 700_000), 20)).toEqual([
      { costKind: "fees", actualCents: 1_300_000, capCents: 1_200_000, eligibleCents: 1_200_000 },
      { costKind: "material", actualCents: 700_000, capCents: 1_200_000, eligibleCents: 700_000 },
    ]);
  });

  it("property: each kind counts at most plan + allowance, and never more than was spent", () => {
    fc.assert(
      fc.property(grantedPlan, (input) => {
        const lines = eligibleCosts(
          input.plannedCosts,
          input.actualCosts,
          input.overspendAllowancePercent,
        );
        for (const [i, line] of lines.entries()) {
          const planned = (input.plannedCosts[i] as CostLine).amountCents;
          expect(line.eligibleCents).toBeLessThanOrEqual(line.actualCents);
          expect(line.eligibleCents * 100).toBeLessThanOrEqual(
            planned * (100 + input.overspendAllowancePercent),
          );
          if (line.actualCents <= planned) expect(line.eligibleCents).toBe(line.actualCents);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("property: a larger allowance never lowers the entitlement; within it, the rule changes nothing", () => {
    fc.assert(
      fc.property(grantedPlan, fc.integer({ min: 0, max: 100 }), (input, more) => {
        const r = computeReclaim(input);
        const wider = computeReclaim({
          ...input,
          overspendAllowancePercent: input.overspendAllowancePercent + more,
        });
        expect(wider.entitledCents).toBeGreaterThanOrEqual(r.entitledCents);
        // No kind beyond its cap: the eligible costs are the actual ones.
        const within = eligibleCosts(
          input.plannedCosts,
          input.actualCosts,
          input.overspendAllowancePercent,
        ).every((l) => l.actualCents <= l.capCents);
        if (within) expect(r.eligibleTotalCents).toBe(r.actualTotalCents);
      }),
      { numRuns: 300 },
    );
  });

  it("property: overspending one kind beyond the allowance changes nothing against spending exactly the cap", () => {
    fc.assert(
      fc.property(grantedPlan, fc.integer({ min: 1, max: 10_000_000 }), (input, beyond) => {
        const [first] = eligibleCosts(
          input.plannedCosts,
          input.actualCosts,
          input.overspendAllowancePercent,
        );
        if (!first) return;
        const withKind = (cents: number) => [
          { costKind: first.costKind, amountCents: cents },
          ...input.actualCosts.slice(1),
        ];
        const atCap = computeReclaim({ ...input, actualCosts: withKind(first.capCents) });
        const over = computeReclaim({ ...input, actualCosts: withKind(first.capCents + beyond) });
        expect(over.entitledCents).toBe(atCap.entitledCents);
      }),
      { numRuns: 300 },
    );
  });
});

const check: PaymentRequestCheck = {
  grantedCents: 1_000_000,
  requestedBeforeCents: 0,
  amountCents: 400_000,
  today: "2026-06-15",
  neededBy: "2026-07-31",
  period: { from: "2026-07-01", to: "2026-12-31" },
  neededWithinMonths: 2,
};

describe("payment requests (Mittelabruf)", () => {
  it("a request within the rest, inside the period and needed within two months passes", () => {
    expect(checkPaymentRequest(check)).toEqual([]);
  });

  it("above the rest, before the period, beyond two months: each refused at its field", () => {
    expect(checkPaymentRequest({ ...check, requestedBeforeCents: 700_000 })).toEqual([
      { path: "amountCents", code: "grant.paymentAboveRest", params: { restCents: 300_000 } },
    ]);
    expect(checkPaymentRequest({ ...check, neededBy: "2026-06-30" })[0]?.code).toBe(
      "grant.paymentBeforePeriod",
    );
    expect(checkPaymentRequest({ ...check, neededBy: "2026-09-01" })).toEqual([
      {
        path: "neededBy",
        code: "grant.paymentTooEarly",
        params: { months: 2, latest: "2026-08-15" },
      },
    ]);
    expect(
      checkPaymentRequest({ ...check, neededBy: "2026-09-01", neededWithinMonths: null }),
    ).toEqual([]);
    expect(checkPaymentRequest({ ...check, amountCents: -1 })[0]?.code).toBe(
      "grant.amountNegative",
    );
    expect(checkPaymentRequest({ ...check, amountCents: 0 })[0]?.code).toBe("grant.amountZero");
  });

  it("property: whatever is accepted keeps the sum of requests ≤ the grant and is needed in the window", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.integer({ min: -10, max: 5_000_000 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
        (granted, amounts, todayOffset, neededOffset, months) => {
          const from = "2026-01-01";
          const to = "2026-12-31";
          const today = addDays(from, todayOffset - 30);
          let requested = 0;
          for (const amountCents of amounts) {
            const neededBy = addDays(today, neededOffset - 10);
            const problems = checkPaymentRequest({
              grantedCents: granted,
              requestedBeforeCents: requested,
              amountCents,
              today,
              neededBy,
              period: { from, to },
              neededWithinMonths: months,
            });
            if (problems.length > 0) continue;
            expect(amountCents).toBeGreaterThan(0);
            expect(neededBy >= from && neededBy <= to).toBe(true);
            if (months !== null) expect(neededBy <= addMonths(today, months)).toBe(true);
            requested += amountCents;
            expect(requested).toBeLessThanOrEqual(granted);
          }
          expect(paymentRest(granted, requested)).toBe(granted - requested);
        },
      ),
      { numRuns: 400 },
    );
  });
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe("proof of use figures", () => {
  it("negative costs and kinds not in the plan are refused at their field", () => {
    expect(
      checkProofFigures(
        {
          actualCosts: [
            { costKind: "fees", amountCents: -100 },
            { costKind: "travel", amountCents: 5 },
          ],
          actualThirdPartyCents: -1,
        },
        ["fees", "material"],
      ).map((p) => `${p.path} ${p.code}`),
    ).toEqual([
      "actualCosts.0.amountCents grant.amountNegative",
      "actualCosts.1.costKind grant.costKindNotPlanned",
      "actualThirdPartyCents grant.amountNegative",
    ]);
  });

  it("compares per cost kind against the plan", () => {
    expect(
      compareCosts(
        [
          { costKind: "fees", amountCents: 1000 },
          { costKind: "material", amountCents: 500 },
        ],
        [{ costKind: "fees", amountCents: 800 }],
      ),
    ).toEqual([
      { costKind: "fees", plannedCents: 1000, actualCents: 800, differenceCents: -200 },
      { costKind: "material", plannedCents: 500, actualCents: 0, differenceCents: -500 },
    ]);
  });
});
