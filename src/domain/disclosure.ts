/**
 * Disclosure control (Geheimhaltung) for tables of counts that leave the office: the public page,
 * exports, reports for public sessions.
 *
 * - Primary suppression: every cell (and every total) below the threshold (default 3) is withheld.
 * - Secondary suppression: further cells are withheld so that no withheld cell can be worked out
 *   from the published cells and the row, column and grand totals by adding and subtracting.
 *
 * The table with its totals is seen as a bipartite graph: one node per row (the total row
 * included), one per column (the total column included), one edge per cell. A withheld cell can be
 * recovered from the line equations exactly when its edge is a bridge of the graph of withheld
 * cells (it lies on no cycle). So while a withheld cell is a bridge, the cheapest path between its
 * row and its column through other cells is withheld too (already withheld cells cost nothing, the
 * others their value + 1, so small cells go first and totals last). Each round removes one bridge
 * and creates none, so the loop ends. A line with a single cell (a table of one column) therefore
 * withholds its total as well.
 *
 * Not covered: bounds from non-negativity (interval attacks) and tables linked to other tables.
 */

/** Why a cell is withheld: below the threshold (primary) or to protect another cell (secondary). */
export type Suppression = "none" | "primary" | "secondary";

export interface DisclosedCell {
  /** The value, or null when withheld. */
  value: number | null;
  suppression: Suppression;
}

export interface DisclosedTable {
  cells: DisclosedCell[][];
  rowTotals: DisclosedCell[];
  columnTotals: DisclosedCell[];
  grandTotal: DisclosedCell;
}

export interface DisclosureOptions {
  /** Cells with a value below this are withheld (primary suppression). Default 3. */
  threshold?: number;
}

const defaultDisclosureThreshold = 3;

/**
 * Applies primary and secondary suppression to a table of non-negative counts. Totals are the
 * sums of the cells (computed here). Rows must all have the same length.
 *
 * @example discloseTable([[1, 10], [7, 8]]) withholds 1 (primary) and, so that it cannot be
 * recovered from the totals, 10, 7 and 8 (the cheapest cycle through it).
 */
export function discloseTable(cells: number[][], options: DisclosureOptions = {}): DisclosedTable {
  const threshold = options.threshold ?? defaultDisclosureThreshold;
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  for (const row of cells) {
    if (row.length !== columns) throw new Error("discloseTable: rows of different length");
    for (const v of row)
      if (!Number.isFinite(v) || v < 0) throw new Error("discloseTable: counts must be >= 0");
  }
  // The augmented grid: row `rows` holds the column totals, column `columns` the row totals.
  const grid: number[][] = cells.map((row) => [...row, sum(row)]);
  const totalsRow = Array.from({ length: columns }, (_, j) => sum(cells.map((row) => row[j] ?? 0)));
  grid.push([...totalsRow, sum(totalsRow)]);

  const state: Suppression[][] = grid.map((row) =>
    row.map((v) => (v < threshold ? "primary" : "none")),
  );
  if (rows > 0 && columns > 0) protectBridges(grid, state);

  const at = (i: number, j: number): DisclosedCell => {
    const suppression = state[i]?.[j] ?? "none";
    return { value: suppression === "none" ? (grid[i]?.[j] ?? 0) : null, suppression };
  };
  return {
    cells: cells.map((row, i) => row.map((_, j) => at(i, j))),
    rowTotals: cells.map((_, i) => at(i, columns)),
    columnTotals: totalsRow.map((_, j) => at(rows, j)),
    grandTotal: at(rows, columns),
  };
}

/**
 * One year of a count reported per period (quarters, months), published in several places: the
 * periods on the public indicator page, in open data and in charts, the year total in a committee
 * report, the contributors' year totals in a chart by municipality. Together they are ONE table —
 * rows are the contributors (one row for a county-wide figure), columns the periods — and
 * subtracting across outputs is adding and subtracting inside that table. So it is disclosed as
 * one: each period is published as its column total, each contributor as its row total, the
 * year as the grand total, all after primary and secondary suppression (null = withheld).
 *
 * @example discloseYear([[5, 1, 4]]) withholds Q2 (1) and a second quarter, so that the year
 * total 10 no longer gives Q2 away.
 */
export function discloseYear(
  cells: number[][],
  options: DisclosureOptions = {},
): { periods: (number | null)[]; rows: (number | null)[]; total: number | null } {
  const table = discloseTable(cells, options);
  const single = cells.length === 1;
  return {
    // With one row a period's cell and its column total are the same number: withheld if
    // either is.
    periods: table.columnTotals.map((total, j) =>
      single && table.cells[0]?.[j]?.value === null ? null : total.value,
    ),
    rows: table.rowTotals.map((r) => r.value),
    total: single && table.rowTotals[0]?.value === null ? null : table.grandTotal.value,
  };
}

/** One figure published on its own (no totals): withheld when below the threshold. */
export function discloseValue(value: number, options: DisclosureOptions = {}): DisclosedCell {
  const threshold = options.threshold ?? defaultDisclosureThreshold;
  return value < threshold
    ? { value: null, suppression: "primary" }
    : { value, suppression: "none" };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Adds secondary suppressions until no withheld cell is a bridge of the withheld graph. */
function protectBridges(grid: number[][], state: Suppression[][]): void {
  const rowNodes = grid.length;
  const columnNodes = grid[0]?.length ?? 0;
  for (;;) {
    const bridge = findBridge(state, rowNodes, columnNodes);
    if (!bridge) return;
    const path = cheapestPath(grid, state, bridge);
    if (!path.length) throw new Error("discloseTable: no cell left to protect a withheld cell");
    for (const [i, j] of path) {
      const row = state[i];
      if (row && row[j] === "none") row[j] = "secondary";
    }
  }
}

type Cell = readonly [number, number];

/** A withheld cell on no cycle of withheld cells (Tarjan's bridge search), or null. */
function findBridge(state: Suppression[][], rowNodes: number, columnNodes: number): Cell | null {
  const nodes = rowNodes + columnNodes; // rows 0..R, columns R+1..
  const adjacency: { to: number; cell: Cell }[][] = Array.from({ length: nodes }, () => []);
  state.forEach((row, i) => {
    row.forEach((s, j) => {
      if (s === "none") return;
      adjacency[i]?.push({ to: rowNodes + j, cell: [i, j] });
      adjacency[rowNodes + j]?.push({ to: i, cell: [i, j] });
    });
  });
  const order = new Array<number>(nodes).fill(-1);
  const low = new Array<number>(nodes).fill(0);
  let counter = 0;
  let found: Cell | null = null;
  const visit = (node: number, parentCell: Cell | null) => {
    order[node] = low[node] = counter++;
    for (const { to, cell } of adjacency[node] ?? []) {
      if (found) return;
      if (parentCell && cell[0] === parentCell[0] && cell[1] === parentCell[1]) continue;
      if ((order[to] ?? -1) < 0) {
        visit(to, cell);
        low[node] = Math.min(low[node] ?? 0, low[to] ?? 0);
        if ((low[to] ?? 0) > (order[node] ?? 0)) found ??= cell;
      } else {
        low[node] = Math.min(low[node] ?? 0, order[to] ?? 0);
      }
    }
  };
  for (let n = 0; n < nodes && !found; n++) if ((order[n] ?? -1) < 0) visit(n, null);
  return found;
}

/** Cheapest row–column path avoiding `bridge` (Dijkstra; withheld cells cost 0). */
function cheapestPath(grid: number[][], state: Suppression[][], bridge: Cell): Cell[] {
  const rowNodes = grid.length;
  const columnNodes = grid[0]?.length ?? 0;
  const nodes = rowNodes + columnNodes;
  const start = bridge[0];
  const goal = rowNodes + bridge[1];
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const via: (Cell | null)[] = new Array(nodes).fill(null);
  const previous = new Array<number>(nodes).fill(-1);
  const done = new Array<boolean>(nodes).fill(false);
  distance[start] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodes; n++)
      if (!done[n] && (node < 0 || (distance[n] ?? 0) < (distance[node] ?? 0))) node = n;
    if (node < 0 || !Number.isFinite(distance[node] ?? Number.POSITIVE_INFINITY)) break;
    if (node === goal) break;
    done[node] = true;
    const isRow = node < rowNodes;
    const count = isRow ? columnNodes : rowNodes;
    for (let k = 0; k < count; k++) {
      const cell: Cell = isRow ? [node, k] : [k, node - rowNodes];
      if (cell[0] === bridge[0] && cell[1] === bridge[1]) continue;
      const to = isRow ? rowNodes + k : k;
      const withheld = state[cell[0]]?.[cell[1]] !== "none";
      const cost = withheld ? 0 : (grid[cell[0]]?.[cell[1]] ?? 0) + 1;
      const candidate = (distance[node] ?? 0) + cost;
      if (candidate < (distance[to] ?? Number.POSITIVE_INFINITY)) {
        distance[to] = candidate;
        via[to] = cell;
        previous[to] = node;
      }
    }
  }
  const path: Cell[] = [];
  for (let n = goal; n !== start && n >= 0; n = previous[n] ?? -1) {
    const cell = via[n];
    if (!cell) break;
    path.push(cell);
  }
  return path;
}
