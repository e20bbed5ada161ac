/** How big a synthetic county is. Everything else about it follows from the seed. */
export interface CountySize {
  fiscalYears: number;
  /** Funds per fiscal year. */
  fundsPerYear: number;
  measures: number;
  /** Bookings in all: half commitments, half payments of those commitments. */
  bookings: number;
  partners: number;
  users: number;
  /** Indicator observations: loaded by `observationsHook` once the indicator tables exist. */
  observations: number;
}

/** The large county: 10 fiscal years, 2,000 measures, 200,000 bookings. */
export const largeCounty: CountySize = {
  fiscalYears: 10,
  fundsPerYear: 20,
  measures: 2_000,
  bookings: 200_000,
  partners: 40,
  users: 50,
  observations: 100_000,
};

/**
 * The i-th of N counties of mixed sizes: most are small, every tenth is medium, so that 400 of
 * them load in well under a minute on PostgreSQL.
 */
export function mixedCountySize(i: number): CountySize {
  const medium = i % 10 === 0;
  return {
    fiscalYears: medium ? 3 : 2,
    fundsPerYear: medium ? 3 : 1,
    measures: medium ? 60 : 10 + (i % 4) * 5,
    bookings: medium ? 600 : 40 + (i % 3) * 20,
    partners: medium ? 8 : 3,
    users: medium ? 5 : 2,
    observations: medium ? 500 : 50,
  };
}
