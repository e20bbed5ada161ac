import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInCommittee, concept, measure, scopeOf } from "../../../testing/factories";
import { requireHalfYearlyReport } from "../../../testing/smtp-capture";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { readSchedules } from "./schedule-service";

/**
 * One truth: the number of missing updates the overview and the duty list show (counted in the
 * database) equals the task list the reminders and "Meine Aufgaben" read, on several days.
 */
describe("missing updates: count in the database = task list", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    await requireHalfYearlyReport(t);
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    await concept(scope, { committeeId: council.id, decidedOn: "2023-03-15" });
    for (let i = 0; i < 6; i++) await measure(scope);
    // Of six measures three reported long ago, two never (stored latest update, as every write path
    // keeps it), one is paused.
    await t.database.query(
      `update measure set latest_update_on = date '2024-06-01'
        where id in (select id from measure order by id limit 3)`,
    );
    await t.database.query(
      `update measure set latest_update_on = null
        where id in (select id from measure order by id offset 3 limit 2)`,
    );
    await t.database.query(
      `update measure set status = 'paused' where id in (select id from measure order by id desc limit 1)`,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  for (const today of ["2024-11-15", "2025-02-01", "2025-05-20", "2025-09-30", "2026-04-01"])
    it(`on ${today}`, async () => {
      const full = await readSchedules(t.database.db, t.tenantId, today);
      const counted = await readSchedules(t.database.db, t.tenantId, today, { withTasks: false });
      expect(full.length).toBeGreaterThan(0);
      expect(counted.map((s) => s.duty)).toEqual(full.map((s) => s.duty));
      expect(full.map((s) => s.duty.missingUpdates)).toEqual(full.map((s) => s.tasks.length));
    });

  it("some day has missing updates at all (the comparison is not of zeros)", async () => {
    const full = await readSchedules(t.database.db, t.tenantId, "2025-05-20");
    expect(full.some((s) => s.tasks.length > 0)).toBe(true);
  });
});
