import { useTranslation } from "react-i18next";
import type { SortOrder } from "./sortOrder";

/** A column header that sorts the table; aria-sort tells which column and which way. */
export function SortHeader<C extends string>({
  column,
  label,
  order,
  onSort,
  numeric = false,
}: {
  column: C;
  label: string;
  order: SortOrder<C>;
  onSort: (column: C) => void;
  numeric?: boolean;
}) {
  const { t } = useTranslation();
  const active = order.column === column;
  const icon = !active ? "" : order.direction === "ascending" ? "arrow-up" : "arrow-down";
  return (
    <th
      scope="col"
      className={`kern-table__header${numeric ? " kern-table__header--numeric" : ""}`}
      aria-sort={active ? order.direction : undefined}
    >
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
