import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Capacity } from "../../../contract/capacity";
import type { Measure, MeasureOptions } from "../../../contract/measures";
import { builtInCommittee, concept, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("staff capacity API", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let measureId = "";
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    // The measures serve recommendations of an adopted concept (two fields, each with one).
    const council = await builtInCommittee(scopeOf(t));
    await concept(scopeOf(t), { committeeId: council.id });
    const options = (
      await t.app.inject({ url: "/api/v1/measures/options" })
    ).json<MeasureOptions>();
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      payload: {
        title: "Sprachlotsen",
        measureTypeId: options.measureTypes[0]?.id,
        recommendationIds: [options.actionFields[1]?.goals[0]?.recommendations[0]?.id],
      },
      headers: editor,
    });
    measureId = created.json<Measure>().id;
  });
  afterAll(async () => t?.close());

  const post = (url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url, payload, headers: editor });

  it("assigns 0.5 FTE for three months and flags the month a position is over-allocated", async () => {
    const position = await post("/api/v1/positions", {
      title: "Koordination Sprache",
      periods: [{ validFrom: "2025-01-01", fte: 0.75 }],
    });
    expect(position.statusCode, position.body).toBe(201);
    const id = position.json().id;
    const first = await post(`/api/v1/positions/${id}/assignments`, {
      measureId,
      fromMonth: "2025-03",
      toMonth: "2025-05",
      fte: 0.5,
    });
    expect(first.json()).toEqual({ months: 3 });
    let capacity = (
      await t.app.inject({ url: "/api/v1/capacity?from=2025-02&to=2025-06", headers: editor })
    ).json<Capacity>();
    expect(capacity.months.map((m) => m.demand)).toEqual([0, 0.5, 0.5, 0.5, 0]);
    expect(capacity.months.some((m) => m.overAllocated)).toBe(false);

    const other = (
      await post("/api/v1/measures", {
        title: "Zweite Maßnahme",
        measureTypeId: (
          await t.app.inject({ url: "/api/v1/measures/options" })
        ).json<MeasureOptions>().measureTypes[0]?.id,
        recommendationIds: [
          (await t.app.inject({ url: "/api/v1/measures/options" })).json<MeasureOptions>()
            .actionFields[0]?.goals[0]?.recommendations[0]?.id,
        ],
      })
    ).json<Measure>();
    await post(`/api/v1/positions/${id}/assignments`, {
      measureId: other.id,
      fromMonth: "2025-04",
      toMonth: "2025-04",
      fte: 0.5,
    });
    capacity = (
      await t.app.inject({ url: "/api/v1/capacity?from=2025-02&to=2025-06", headers: editor })
    ).json<Capacity>();
    expect(capacity.months.map((m) => m.overAllocated)).toEqual([false, false, true, false, false]);
    expect(capacity.months[2]?.positions[0]?.measures.map((m) => m.title).sort()).toEqual([
      "Sprachlotsen",
      "Zweite Maßnahme",
    ]);
  });

  it("refuses overlapping periods and hides capacity from the public", async () => {
    const overlap = await post("/api/v1/positions", {
      title: "Doppelt",
      periods: [
        { validFrom: "2025-01-01", fte: 1 },
        { validFrom: "2025-06-01", fte: 0.5 },
      ],
    });
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json().errors[0].path).toBe("periods");
    expect((await t.app.inject({ url: "/api/v1/capacity" })).statusCode).toBe(401);
  });
});
