import type { RoleName, User } from "../../contract/auth";
import { roles } from "../../domain/roles";
import type { SortOrder as TableSortOrder } from "../components/sortOrder";

export { toggleSort } from "../components/sortOrder";
export type SortColumn = "email" | "name" | "role" | "totp" | "status";
export type SortOrder = TableSortOrder<SortColumn>;
export interface AccountFilter {
  text: string;
  role: RoleName | "";
}

function sortValue(user: User, column: SortColumn): string | number {
  switch (column) {
    case "email":
      return user.email.toLowerCase();
    case "name":
      return (user.displayName ?? "").toLowerCase();
    case "role":
      return roles.indexOf(user.role);
    case "totp":
      return user.totpEnabled ? 0 : 1;
    case "status":
      return user.disabled ? 1 : 0;
  }
}

/** Accounts matching the filter (text in e-mail or name, role), sorted; ties by e-mail. */
export function visibleAccounts(users: User[], filter: AccountFilter, order: SortOrder): User[] {
  const needle = filter.text.trim().toLowerCase();
  const sign = order.direction === "ascending" ? 1 : -1;
  return users
    .filter((u) => !filter.role || u.role === filter.role)
    .filter(
      (u) =>
        !needle ||
        u.email.toLowerCase().includes(needle) ||
        (u.displayName ?? "").toLowerCase().includes(needle),
    )
    .sort((a, b) => {
      const x = sortValue(a, order.column);
      const y = sortValue(b, order.column);
      if (x !== y) return (x < y ? -1 : 1) * sign;
      return a.email.localeCompare(b.email);
    });
}
