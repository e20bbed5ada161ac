import { describe, expect, it } from "vitest";
import { burnDown, forecastYearEnd } from "./budget-forecast";
import { type Booking, type FundFacts, foldLedger } from "./ledger";

const fund: FundFacts = { id: "A", fiscalYear: 2024, estimateCents: 100_000_000 };
const commit = (id: string, date: string, amountCents: number): Booking => ({
  id,
  fundId: "A",
  kind: "commitment",
  amountCents,
  date,
  measureId: "m",
});

describe("burn-down", () => {
  it("starts at the estimate on 1 January and steps on each booking day, reversals on their own day", () => {
    const bookings: Booking[] = [
      commit("c1", "2024-02-01", 10_000_000),
      commit("c2", "2024-02-01", 5_000_000),
      {
        id: "p",
        fundId: "A",
        kind: "payment",
        amountCents: 4_000_000,
        date: "2024-03-01",
        commitmentId: "c1",
      },
      {
        id: "r",
        fundId: "A",
        kind: "reversal",
        amountCents: 5_000_000,
        date: "2024-04-01",
        reversesBookingId: "c2",
      },
      commit("late", "2024-09-01", 1),
    ];
    expect(burnDown(fund, bookings, "2024-06-30")).toEqual([
      { date: "2024-01-01", usedCents: 0, availableCents: 100_000_000 },
      { date: "2024-02-01", usedCents: 15_000_000, availableCents: 85_000_000 },
      { date: "2024-03-01", usedCents: 15_000_000, availableCents: 85_000_000 },
      { date: "2024-04-01", usedCents: 10_000_000, availableCents: 90_000_000 },
    ]);
  });
});

describe("year-end forecast", () => {
  const balanceAfter = (bookings: Booking[]) => foldLedger(fund, bookings).balance;

  it("warns that money will lapse when the pace leaves much of the fund unused", () => {
    // 10 % used by the end of June (182 days of 366): at that pace about 80 % are still free.
    const f = forecastYearEnd({
      fiscalYear: 2024,
      balance: balanceAfter([commit("c", "2024-03-01", 10_000_000)]),
      today: "2024-06-30",
    });
    expect(f.daysElapsed).toBe(182);
    expect(f.daysInYear).toBe(366);
    expect(f.pacePerDayCents).toBe(Math.floor(10_000_000 / 182));
    expect(f.projectedRestCents).toBe(90_000_000 - f.pacePerDayCents * 184);
    expect(f.warning).toBe("lapse");
    expect(f.runOutOn).toBeNull();
  });

  it("warns that money runs out, and when, if the pace is too fast", () => {
    // 60 % bound after 92 days: the rest lasts 61 more days at that pace.
    const f = forecastYearEnd({
      fiscalYear: 2024,
      balance: balanceAfter([commit("c", "2024-01-10", 60_000_000)]),
      today: "2024-04-01",
    });
    expect(f.warning).toBe("runOut");
    expect(f.projectedRestCents).toBeLessThan(0);
    const pace = Math.floor(60_000_000 / 92);
    expect(f.runOutOn).toBe(
      new Date(Date.parse("2024-04-01T00:00:00Z") + Math.ceil(40_000_000 / pace) * 86_400_000)
        .toISOString()
        .slice(0, 10),
    );
  });

  it("gives no warning on an even pace, nor before the year starts", () => {
    const even = forecastYearEnd({
      fiscalYear: 2024,
      balance: balanceAfter([commit("c", "2024-06-01", 50_000_000)]),
      today: "2024-07-01",
    });
    expect(even.warning).toBeNull();
    const early = forecastYearEnd({
      fiscalYear: 2024,
      balance: balanceAfter([]),
      today: "2023-11-01",
    });
    expect(early).toMatchObject({ daysElapsed: 0, pacePerDayCents: 0, warning: null });
    expect(early.projectedRestCents).toBe(100_000_000);
  });
});
