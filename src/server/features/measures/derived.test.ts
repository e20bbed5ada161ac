import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Measure, MeasureList, MeasureOptions } from "../../../contract/measures";
import { addDays } from "../../../domain/dates";
import {
  defaultOverdueDays,
  earliestOpenDue,
  overdueReasons,
  trafficLights,
} from "../../../domain/measure-progress";
import { measureStatuses } from "../../../domain/measure-status";
import { builtInCommittee, concept, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { derivedDifferences } from "./derived";

/**
 * What the rules derive (latest update and light, earliest open milestone, completion)
 * is stored with every write. After random histories through the API the stored values equal
 * what the domain derives afresh, and the list's overdue filter (applied in SQL with the day's
 * cut-offs) equals the domain's rule on the full history — on several days.
 */
describe("stored derived values of measures", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let options: MeasureOptions;
  const today = "2025-06-30";

  beforeAll(async () => {
    process.env.KURS_TODAY = today;
    t = await createTestApp({ seeded: false });
    // An adopted concept, so that measures can be linked to a recommendation.
    const council = await builtInCommittee(scopeOf(t));
    await concept(scopeOf(t), { committeeId: council.id });
    editor = await t.signIn("coordinator");
    options = (await t.app.inject({ url: "/api/v1/measures/options" })).json();
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const day = fc.integer({ min: -400, max: 0 }).map((n) => addDays(today, n));
  const step = fc.oneof(
    fc.record({
      kind: fc.constant("progress" as const),
      on: day,
      light: fc.constantFrom(...trafficLights),
    }),
    fc.record({
      kind: fc.constant("edit" as const),
      milestones: fc.array(fc.record({ due: day, done: fc.boolean() }), { maxLength: 4 }),
      manual: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    }),
    fc.record({ kind: fc.constant("status" as const), to: fc.constantFrom(...measureStatuses) }),
  );

  it("equal the domain's derivation after random histories; the overdue filter equals the rule", async () => {
    const recommendationId = options.actionFields[0]?.goals[0]?.recommendations[0]?.id;
    const base = {
      title: "Zufällige Maßnahme",
      measureTypeId: options.measureTypes[0]?.id,
      recommendationIds: [recommendationId],
    };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const created = await t.app.inject({
          method: "POST",
          url: "/api/v1/measures",
          payload: base,
          headers: editor,
        });
        expect(created.statusCode, created.body).toBe(201);
        const id = created.json<Measure>().id;
        for (const s of steps) {
          if (s.kind === "progress")
            await t.app.inject({
              method: "POST",
              url: `/api/v1/measures/${id}/progress`,
              payload: { reportedOn: s.on, trafficLight: s.light, text: "Sachstand" },
              headers: editor,
            });
          else if (s.kind === "status")
            await t.app.inject({
              method: "POST",
              url: `/api/v1/measures/${id}/status`,
              payload: { status: s.to, changedOn: today, reason: "Zufall" },
              headers: editor,
            });
          else
            await t.app.inject({
              method: "PUT",
              url: `/api/v1/measures/${id}`,
              payload: {
                ...base,
                manualCompletion: s.manual,
                milestones: s.milestones.map((m, i) => ({
                  title: `Meilenstein ${i + 1}`,
                  dueOn: m.due,
                  doneOn: m.done ? m.due : null,
                })),
              },
              headers: editor,
            });
        }
      }),
      { numRuns: 15, seed: 20261206 },
    );
    expect(await derivedDifferences(t.database.db, t.tenantId)).toEqual([]);

    // The list's overdue filter (SQL on stored dates) against the rule on the full history.
    const full = await t.database.query<{
      id: string;
      status: (typeof measureStatuses)[number];
      created_on: string;
    }>(
      "select id, status, (created_at at time zone 'UTC')::date::text created_on from measure where tenant_id = $1",
      [t.tenantId],
    );
    const updates = await t.database.query<{ measure_id: string; reported_on: string }>(
      "select measure_id, max(reported_on)::text reported_on from progress_update where tenant_id = $1 group by measure_id",
      [t.tenantId],
    );
    const milestones = await t.database.query<{
      measure_id: string;
      due_on: string;
      done_on: string | null;
    }>("select measure_id, due_on::text, done_on::text from milestone where tenant_id = $1", [
      t.tenantId,
    ]);
    for (const on of [today, addDays(today, 45), addDays(today, 200)]) {
      const expected = full
        .filter(
          (m) =>
            overdueReasons({
              status: m.status,
              lastUpdateOn: updates.find((u) => u.measure_id === m.id)?.reported_on ?? null,
              createdOn: m.created_on,
              openMilestoneDueOn: earliestOpenDue(
                milestones
                  .filter((x) => x.measure_id === m.id)
                  .map((x) => ({ dueOn: x.due_on, doneOn: x.done_on })),
              ),
              today: on,
              overdueDays: defaultOverdueDays,
            }).length > 0,
        )
        .map((m) => m.id)
        .sort();
      process.env.KURS_TODAY = on;
      const list = (
        await t.app.inject({ url: "/api/v1/measures?overdue=true&pageSize=200", headers: editor })
      ).json<MeasureList>();
      const notOverdue = (
        await t.app.inject({ url: "/api/v1/measures?overdue=false&pageSize=200", headers: editor })
      ).json<MeasureList>();
      expect(list.items.map((i) => i.id).sort(), on).toEqual(expected);
      expect(list.total + notOverdue.total).toBe(full.length);
      expect(list.items.every((i) => i.overdue)).toBe(true);
    }
    process.env.KURS_TODAY = today;
  });
});
