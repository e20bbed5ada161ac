import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoleName, User } from "../../contract/auth";
import { roleLabel, roleNames } from "../auth/roleLabel";
import { Badge } from "../components/Badge";
import { SelectField, TextField } from "../components/form";
import { Empty } from "../components/QueryState";
import { SortHeader } from "../components/SortHeader";
import { HeadedTableScroll } from "../components/TableScroll";
import { TitledSection } from "../components/TitledSection";
import { type AccountFilter, type SortOrder, toggleSort, visibleAccounts } from "./accountList";

/** All accounts: filter by text and role, sort by any column, open one for editing. */
export function AccountTable({
  users,
  ownId,
  editing,
  onEdit,
}: {
  users: User[];
  ownId: string;
  editing: string | null;
  onEdit: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AccountFilter>({ text: "", role: "" });
  const [order, setOrder] = useState<SortOrder>({ column: "email", direction: "ascending" });
  const shown = visibleAccounts(users, filter, order);
  const sort = (column: SortOrder["column"]) => setOrder(toggleSort(order, column));
  const columns = [
    ["email", t("users.email")],
    ["name", t("users.name")],
    ["role", t("users.role")],
    ["totp", t("users.totp")],
    ["status", t("users.status")],
  ] as const;
  const sortedBy = columns.find(([c]) => c === order.column)?.[1] ?? "";
  return (
    <TitledSection
      className="kurs-section"
      id="accounts-title"
      title={t("users.listTitle")}
      headingClassName="kern-heading-large"
    >
      <div className="kurs-filters">
        <TextField
          id="accounts-filter-text"
          label={t("users.filterText")}
          type="search"
          value={filter.text}
          onChange={(v) => setFilter({ ...filter, text: v })}
        />
        <SelectField
          id="accounts-filter-role"
          label={t("users.filterRole")}
          value={filter.role}
          onChange={(v) => setFilter({ ...filter, role: v as RoleName | "" })}
        >
          <option value="">{t("users.allRoles")}</option>
          {roleNames.map((role) => (
            <option key={role} value={role}>
              {roleLabel(t, role)}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="kern-body" role="status" data-testid="accounts-count">
        {t("users.count", { shown: shown.length, count: users.length })}
      </p>
      {shown.length === 0 ? (
        <Empty>{t("users.noMatch")}</Empty>
      ) : (
        <HeadedTableScroll labelledBy="accounts-title">
          <table className="kern-table kurs-accounts" data-testid="accounts">
            <caption className="kern-sr-only">
              {t("users.caption", { column: sortedBy, direction: t(`users.${order.direction}`) })}
            </caption>
            <thead>
              <tr className="kern-table__row">
                {columns.map(([column, label]) => (
                  <SortHeader
                    key={column}
                    column={column}
                    label={label}
                    order={order}
                    onSort={sort}
                  />
                ))}
                <th scope="col" className="kern-table__header kern-table__header--action">
                  {t("users.actions")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {shown.map((user) => (
                <tr key={user.id} className="kern-table__row">
                  <th
                    scope="row"
                    id={`account-${user.id}`}
                    className="kern-table__cell kurs-account-email"
                  >
                    {user.id === ownId ? `${user.email} ${t("users.you")}` : user.email}
                  </th>
                  <td className="kern-table__cell">{user.displayName ?? ""}</td>
                  <td className="kern-table__cell">{roleLabel(t, user.role)}</td>
                  <td className="kern-table__cell">
                    {user.totpEnabled ? t("users.totpOn") : t("users.totpOff")}
                  </td>
                  <td className="kern-table__cell">
                    {user.disabled ? (
                      <Badge tone="danger" label={t("users.disabled")} />
                    ) : (
                      t("users.active")
                    )}
                  </td>
                  <td className="kern-table__cell kern-table__cell--action">
                    <button
                      type="button"
                      id={`edit-${user.id}`}
                      className="kern-btn kern-btn--secondary"
                      aria-labelledby={`edit-${user.id} account-${user.id}`}
                      aria-expanded={editing === user.id}
                      aria-controls={editing === user.id ? "account-editor" : undefined}
                      onClick={() => onEdit(user.id)}
                    >
                      <span className="kern-label">{t("users.edit")}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </HeadedTableScroll>
      )}
    </TitledSection>
  );
}
