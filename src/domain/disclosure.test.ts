import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DisclosedTable, discloseTable, discloseValue, discloseYear } from "./disclosure";

/**
 * The attacker's view: the line equations of the table with totals (each row sums to its
 * total, each column to its total, the totals to the grand total) with published cells filled
 * in. A withheld cell is recoverable when its unit vector lies in the row space of the equations
 * restricted to the withheld cells (Gaussian elimination; entries are small integers).
 */
function recoverableCells(cells: number[][], table: DisclosedTable): [number, number][] {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const state = [
    ...table.cells.map((row, i) => [...row, table.rowTotals[i]]),
    [...table.columnTotals, table.grandTotal],
  ];
  const unknowns: [number, number][] = [];
  state.forEach((row, i) => {
    row.forEach((c, j) => {
      if (c?.value === null) unknowns.push([i, j]);
    });
  });
  const index = (i: number, j: number) => unknowns.findIndex(([a, b]) => a === i && b === j);
  const equations: number[][] = [];
  const line = (members: [number, number, number][]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (const [i, j, sign] of members) {
      const k = index(i, j);
      if (k >= 0) eq[k] = (eq[k] ?? 0) + sign;
    }
    equations.push(eq);
  };
  for (let i = 0; i <= rows; i++)
    line([
      ...Array.from({ length: columns }, (_, j) => [i, j, 1] as [number, number, number]),
      [i, columns, -1],
    ]);
  for (let j = 0; j <= columns; j++)
    line([
      ...Array.from({ length: rows }, (_, i) => [i, j, 1] as [number, number, number]),
      [rows, j, -1],
    ]);
  const rank = (matrix: number[][]) => {
    const m = matrix.map((r) => [...r]);
    let r = 0;
    const width = m[0]?.length ?? 0;
    for (let c = 0; c < width && r < m.length; c++) {
      let pivot = -1;
      for (let k = r; k < m.length; k++) if (Math.abs(m[k]?.[c] ?? 0) > 1e-9) pivot = k;
      if (pivot < 0) continue;
      [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
      const p = m[r] as number[];
      for (let k = 0; k < m.length; k++) {
        if (k === r) continue;
        const row = m[k] as number[];
        const f = (row[c] ?? 0) / (p[c] ?? 1);
        if (f !== 0) for (let x = 0; x < width; x++) row[x] = (row[x] ?? 0) - f * (p[x] ?? 0);
      }
      r++;
    }
    return r;
  };
  const base = rank(equations);
  return unknowns.filter((_, k) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[k] = 1;
    return rank([...equations, unit]) === base;
  });
}

const tables = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) =>
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 })), {
        minLength: c,
        maxLength: c,
      }),
      { minLength: r, maxLength: r },
    ),
  );

describe("discloseTable", () => {
  it("publishes a table without small cells unchanged", () => {
    const t = discloseTable([
      [5, 7],
      [9, 11],
    ]);
    expect(t.cells.flat().map((c) => c.value)).toEqual([5, 7, 9, 11]);
    expect(t.rowTotals.map((c) => c.value)).toEqual([12, 20]);
    expect(t.columnTotals.map((c) => c.value)).toEqual([14, 18]);
    expect(t.grandTotal.value).toBe(32);
  });

  it("withholds a small cell and the cheapest cells that would reveal it", () => {
    const t = discloseTable([
      [1, 10, 50],
      [7, 8, 60],
    ]);
    expect(t.cells[0]?.[0]).toEqual({ value: null, suppression: "primary" });
    // 10, 7, 8 close the cheapest cycle; 50 and 60 stay.
    expect(t.cells.map((r) => r.map((c) => c.suppression))).toEqual([
      ["primary", "secondary", "none"],
      ["secondary", "secondary", "none"],
    ]);
    expect(t.rowTotals.map((c) => c.value)).toEqual([61, 75]);
  });

  it("withholds the total of a line with a single cell", () => {
    const t = discloseTable([[2], [10], [12]]);
    expect(t.cells[0]?.[0]?.suppression).toBe("primary");
    expect(t.rowTotals[0]?.value).toBeNull();
  });

  it("honours a configured threshold", () => {
    const t = discloseTable([[4, 9]], { threshold: 5 });
    expect(t.cells[0]?.[0]?.suppression).toBe("primary");
    expect(discloseTable([[4, 9]], { threshold: 3 }).cells[0]?.[0]?.value).toBe(4);
  });

  it("property: no cell or total below the threshold is published", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 1, max: 6 }), (cells, threshold) => {
        const t = discloseTable(cells, { threshold });
        const all = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal];
        return all.every((c) => c.value === null || c.value >= threshold);
      }),
      { numRuns: 300 },
    );
  });

  it("property: published values are the true values", () => {
    fc.assert(
      fc.property(tables, (cells) => {
        const t = discloseTable(cells);
        return t.cells.every((row, i) =>
          row.every((c, j) => c.value === null || c.value === cells[i]?.[j]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("property: no withheld cell can be derived from published cells and totals", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 1, max: 6 }), (cells, threshold) => {
        const t = discloseTable(cells, { threshold });
        expect(recoverableCells(cells, t)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("the attacker check finds a cell that naive suppression leaves open", () => {
    // Only the small cell withheld: row 0's total gives it away.
    const cells = [
      [1, 10],
      [7, 8],
    ];
    const naive = discloseTable(cells, { threshold: 0 });
    const first = naive.cells[0]?.[0];
    if (first) Object.assign(first, { value: null, suppression: "primary" });
    expect(recoverableCells(cells, naive)).toEqual([[0, 0]]);
  });
});

describe("discloseValue", () => {
  it("withholds a single figure below the threshold (primary), nothing else", () => {
    expect(discloseValue(2)).toEqual({ value: null, suppression: "primary" });
    expect(discloseValue(3)).toEqual({ value: 3, suppression: "none" });
    expect(discloseValue(4, { threshold: 5 })).toEqual({ value: null, suppression: "primary" });
  });
});

describe("discloseYear: periods and their year total are one table", () => {
  it("Q1 = 5, Q2 = 1, Q3 = 4: Q2 and a second period withheld, the total 10 no longer reveals Q2", () => {
    const year = discloseYear([[5, 1, 4]]);
    expect(year.periods[1]).toBeNull();
    expect(
      year.periods.filter((p) => p === null).length + (year.total === null ? 1 : 0),
    ).toBeGreaterThanOrEqual(2);
    const known = year.periods.reduce<number>((s, p) => s + (p ?? 0), 0);
    const unknownPeriods = year.periods.filter((p) => p === null).length;
    // With the total published, at least two periods stay unknown (their sum only).
    if (year.total !== null) expect(unknownPeriods).toBeGreaterThanOrEqual(2);
    expect(known).toBeLessThan(10);
  });

  it("large periods pass unchanged", () => {
    expect(discloseYear([[5, 7, 4]])).toEqual({ periods: [5, 7, 4], rows: [16], total: 16 });
  });
});
