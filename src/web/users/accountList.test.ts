import { describe, expect, it } from "vitest";
import type { User } from "../../contract/auth";
import { toggleSort, visibleAccounts } from "./accountList";

const user = (email: string, extra: Partial<User> = {}): User => ({
  id: email,
  email,
  displayName: null,
  role: "coordinator",
  totpEnabled: false,
  disabled: false,
  createdAt: "2026-01-01T00:00:00.000Z",
  ...extra,
});

const users = [
  user("zoe@example.org", { displayName: "Zoë Adler", role: "admin", totpEnabled: true }),
  user("anna@example.org", { displayName: "Anna Berg", role: "partner" }),
  user("max@example.org", { role: "committee", disabled: true }),
];
const all = { text: "", role: "" } as const;
const emails = (list: User[]) => list.map((u) => u.email);

describe("visibleAccounts", () => {
  it("sorts by e-mail, and backwards", () => {
    const up = { column: "email", direction: "ascending" } as const;
    expect(emails(visibleAccounts(users, all, up))).toEqual([
      "anna@example.org",
      "max@example.org",
      "zoe@example.org",
    ]);
    const down = toggleSort(up, "email");
    expect(emails(visibleAccounts(users, all, down))[0]).toBe("zoe@example.org");
  });

  it("sorts roles in their order, not alphabetically", () => {
    const order = { column: "role", direction: "ascending" } as const;
    expect(visibleAccounts(users, all, order).map((u) => u.role)).toEqual([
      "admin",
      "partner",
      "committee",
    ]);
  });

  it("filters by text in e-mail or name, and by role", () => {
    const order = { column: "email", direction: "ascending" } as const;
    expect(emails(visibleAccounts(users, { text: " BERG", role: "" }, order))).toEqual([
      "anna@example.org",
    ]);
    expect(emails(visibleAccounts(users, { text: "example", role: "admin" }, order))).toEqual([
      "zoe@example.org",
    ]);
  });

  it("does not reorder the list it was given", () => {
    const copy = [...users];
    visibleAccounts(users, all, { column: "name", direction: "descending" });
    expect(users).toEqual(copy);
  });

  it("a new column starts ascending", () => {
    expect(toggleSort({ column: "email", direction: "descending" }, "role")).toEqual({
      column: "role",
      direction: "ascending",
    });
  });
});
