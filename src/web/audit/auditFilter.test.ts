import { describe, expect, it } from "vitest";
import {
  defaultLimit,
  emptyFilter,
  filterFromSearch,
  prettyJson,
  queryString,
  searchFromFilter,
  shortId,
} from "./auditFilter";

const params = (search: string) => new URLSearchParams(search);

describe("audit filter in the URL", () => {
  it("reads every field from the query", () => {
    expect(
      filterFromSearch(
        params("entityType=user&actor=admin%40example.org&from=2026-01-01&to=2026-01-31&limit=50"),
      ),
    ).toEqual({
      entityType: "user",
      actor: "admin@example.org",
      from: "2026-01-01",
      to: "2026-01-31",
      limit: 50,
    });
  });

  it("gives the empty filter for an empty query", () => {
    expect(filterFromSearch(params(""))).toEqual(emptyFilter);
  });

  it("drops values the API would refuse", () => {
    const filter = filterFromSearch(params("from=gestern&to=2026-13-45&limit=5000&actor=%20%20"));
    expect(filter).toEqual(emptyFilter);
    expect(filterFromSearch(params("limit=0")).limit).toBe(defaultLimit);
    expect(filterFromSearch(params("limit=2.5")).limit).toBe(defaultLimit);
  });

  it("writes only what is set, without the default limit", () => {
    expect(searchFromFilter(emptyFilter).toString()).toBe("");
    expect(queryString({ ...emptyFilter, entityType: " user " })).toBe("?entityType=user");
    expect(queryString({ ...emptyFilter, actor: "system:seed", limit: 10 })).toBe(
      "?actor=system%3Aseed&limit=10",
    );
  });

  it("survives the round trip", () => {
    const filter = { entityType: "goal", actor: "a@b.de", from: "2026-02-01", to: "", limit: 3 };
    expect(filterFromSearch(searchFromFilter(filter))).toEqual(filter);
  });
});

describe("audit display helpers", () => {
  it("shortens UUIDs only", () => {
    expect(shortId("0d3c6a57-1f2e-4c7a-9b1d-2e3f4a5b6c7d")).toBe("0d3c6a57…");
    expect(shortId("rotenburg")).toBe("rotenburg");
  });

  it("formats before/after as indented JSON, nothing for null", () => {
    expect(prettyJson(null)).toBeNull();
    expect(prettyJson(undefined)).toBeNull();
    expect(prettyJson({ role: "admin" })).toBe('{\n  "role": "admin"\n}');
  });
});
