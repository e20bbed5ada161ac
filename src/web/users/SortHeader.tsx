import { useTranslation } from "react-i18next";
import type { SortColumn, SortOrder } from "./accountList";

/** A column header that sorts the table; aria-sort tells which column and which way. */
export function SortHeader({
  column,
  label,
  order,
  onSort,
}: {
  column: SortColumn;
  label: string;
  order: SortOrder;
  onSort: (column: SortColumn) => void;
}) {
  const { t } = useTranslation();
  const active = order.column === column;
  const icon = !active ? "" : order.direction === "ascending" ? "arrow-up" : "arrow-down";
  return (
    <th scope="col" className="kern-table__header" aria-sort={active ? order.direction : undefined}>
      <button
        type="button"
        className="kurs-sort"
        onClick={() => onSort(column)}
        title={t("users.sortBy", { column: label })}
      >
        {label}
        {icon ? (
          <span className={`kern-icon kern-icon--small kern-icon--${icon}`} aria-hidden="true" />
        ) : null}
      </button>
    </th>
  );
}
