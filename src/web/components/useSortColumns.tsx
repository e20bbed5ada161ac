import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SortHeader } from "./SortHeader";
import { type SortOrder, toggleSort } from "./sortOrder";

/**
 * A table sorted by one of its named columns: the order, a sorting header per column (numeric
 * ones right-aligned), and what the table's caption says it is sorted by (`column`, `direction`).
 */
export function useSortColumns<C extends string>(
  labels: Record<C, string>,
  initial: SortOrder<C>,
  numeric: readonly C[] = [],
) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<SortOrder<C>>(initial);
  const header = (column: C) => (
    <SortHeader
      column={column}
      label={labels[column]}
      order={order}
      onSort={(c) => setOrder(toggleSort(order, c))}
      numeric={numeric.includes(column)}
    />
  );
  const sortedBy = { column: labels[order.column], direction: t(`users.${order.direction}`) };
  return { order, header, sortedBy };
}
