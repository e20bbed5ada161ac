/** Which column a table is sorted by, and which way (the values of aria-sort). */
export interface SortOrder<C extends string> {
  column: C;
  direction: "ascending" | "descending";
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function toggleSort<C extends string>(order: SortOrder<C>, column: C): SortOrder<C> {
  if (order.column !== column) return { column, direction: "ascending" };
  return { column, direction: order.direction === "ascending" ? "descending" : "ascending" };
}

/** The rows sorted by the column's value; ties keep their given order. */
export function sortRows<T, C extends string>(
  rows: readonly T[],
  order: SortOrder<C>,
  value: (row: T, column: C) => string | number,
): T[] {
  const sign = order.direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = value(a.row, order.column);
      const y = value(b.row, order.column);
      if (x !== y) return (x < y ? -1 : 1) * sign;
      return a.index - b.index;
    })
    .map(({ row }) => row);
}
