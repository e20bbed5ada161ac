import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureList } from "../../../contract/measures";
import type { Overview } from "../../../contract/overview";
import {
  builtInCommittee,
  committee,
  concept,
  measure,
  paper,
  scopeOf,
} from "../../../testing/factories";
import { createTestApp, type TestApp, testCountyName } from "../../../testing/test-app";
import { testDriver } from "../../../testing/test-database";
import { buildApp } from "../../app";
import { type Database, openDatabase } from "../../platform/db/database";
import { tenantDb } from "../../platform/db/tenant-scope";
import { OverviewCache } from "./cache";
import { getOverview } from "./service";

const overviewOf = async (app: FastifyInstance, headers: Record<string, string> = {}) => {
  const response = await app.inject({ url: "/api/v1/overview", headers });
  expect(response.statusCode).toBe(200);
  return response.json<Overview>();
};

describe("OverviewCache", () => {
  const overview = { tenant: { name: "A" } } as Overview;

  it("answers only for the same tenant and key", () => {
    const cache = new OverviewCache();
    cache.set("t1", "2026-01-01|3:9", overview);
    expect(cache.get("t1", "2026-01-01|3:9")).toBe(overview);
    expect(cache.get("t1", "2026-01-01|4:10")).toBeUndefined();
    expect(cache.get("t1", "2026-01-02|3:9")).toBeUndefined();
    expect(cache.get("t2", "2026-01-01|3:9")).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 3]);
  });

  it("keeps one entry per tenant and forgets the oldest tenant beyond its limit", () => {
    const cache = new OverviewCache(2);
    cache.set("t1", "a", overview);
    cache.set("t1", "b", overview);
    expect(cache.size).toBe(1);
    cache.set("t2", "a", overview);
    cache.set("t3", "a", overview);
    expect(cache.size).toBe(2);
    expect(cache.get("t1", "b")).toBeUndefined();
    expect(cache.get("t3", "a")).toBe(overview);
  });
});

/**
 * Two Kurs app instances (each with its own cache) on one database, as two server processes
 * behind a proxy: a write through either is in the overview of both at once.
 */
describe("overview cache across two app instances on one database", () => {
  let t: TestApp;
  let second: Database;
  let other: FastifyInstance;
  let editor: Record<string, string>;

  let social: string;
  let pending: string;

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    // This file's own concept, measure in a field, committee and pending paper.
    const scope = scopeOf(t);
    const executive = await builtInCommittee(scope, "executiveCommittee");
    await concept(scope, { committeeId: executive.id, decidedOn: "2023-03-15" });
    await measure(scope, {}, "2024-03-01");
    social = (await committee(scope)).id;
    pending = (await paper(scope, { committeeId: social })).id;
    second = t.database.url
      ? await openDatabase({ driver: "postgres", url: t.database.url, poolSize: 4 })
      : t.database;
    other = await buildApp({ database: second, rateLimit: { read: 100_000, write: 100_000 } });
    await other.ready();
  });
  afterAll(async () => {
    await other?.close();
    if (second && second !== t.database) await second.close();
    await t?.close();
  });

  it("a progress update through one instance changes the lights on both at once", async () => {
    // Signed in: anonymous readers count only published measures (none is published here).
    const [before, beforeOther] = [
      await overviewOf(t.app, editor),
      await overviewOf(other, editor),
    ];
    expect(beforeOther).toEqual(before);
    // Read twice more so that both caches hold the overview.
    expect(await overviewOf(t.app, editor)).toEqual(before);
    expect(await overviewOf(other, editor)).toEqual(before);

    const list = (
      await t.app.inject({ url: "/api/v1/measures?pageSize=100", headers: editor })
    ).json<MeasureList>();
    const measure = list.items.find((m) => m.actionFields.length > 0 && m.status !== "dropped");
    if (!measure) throw new Error("no measure in a field");
    const field = measure.actionFields[0]?.id;
    const redBefore = before.actionFields.find((f) => f.id === field)?.measures.lights.red ?? 0;
    const posted = await other.inject({
      method: "POST",
      url: `/api/v1/measures/${measure.id}/progress`,
      payload: {
        reportedOn: new Date().toISOString().slice(0, 10),
        trafficLight: "red",
        text: "x",
      },
      headers: editor,
    });
    expect(posted.statusCode, posted.body).toBe(201);

    const expected = measure.trafficLight === "red" ? redBefore : redBefore + 1;
    for (const app of [t.app, other]) {
      const after = await overviewOf(app, editor);
      expect(after.actionFields.find((f) => f.id === field)?.measures.lights.red).toBe(expected);
    }
  });

  it("a resolution on the pending paper through one instance empties the list on both", async () => {
    expect((await overviewOf(t.app)).pendingPapers).toHaveLength(1);
    expect((await overviewOf(other)).pendingPapers).toHaveLength(1);
    const recorded = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      payload: {
        committeeId: social,
        paperId: pending,
        decidedOn: "2024-03-05",
        outcome: "adopted",
        text: "Beschluss wie vorgeschlagen.",
        effects: [],
      },
      headers: editor,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect((await overviewOf(other)).pendingPapers).toEqual([]);
    expect((await overviewOf(t.app)).pendingPapers).toEqual([]);
  });

  it("serves the kept overview while nothing audited was written (the cache is used)", async () => {
    const kept = await overviewOf(other);
    // A change behind the services' back (owner, no audit event) is not seen…
    await t.database.query("update tenant set name = 'Umbenannt ohne Audit' where id = $1", [
      t.tenantId,
    ]);
    expect((await overviewOf(other)).tenant.name).toBe(kept.tenant.name);
    // …until the next audited write of this tenant.
    await t.database.query(
      `insert into audit_event (tenant_id, actor, action, entity_type) values ($1, 'test', 'test.touch', 'tenant')`,
      [t.tenantId],
    );
    expect((await overviewOf(other)).tenant.name).toBe("Umbenannt ohne Audit");
    expect((await overviewOf(t.app)).tenant.name).toBe("Umbenannt ohne Audit");
  });

  it("computes afresh on another day (overdue, focus and purposes depend on today)", async () => {
    const cache = new OverviewCache();
    const scope = tenantDb(t.database.db, t.tenantId);
    const early = await getOverview(scope, { today: "2023-01-01", cache });
    const late = await getOverview(scope, { today: "2035-01-01", cache });
    expect(late).not.toEqual(early);
    expect(late).toEqual(await getOverview(scope, { today: "2035-01-01" }));
    expect(cache.misses).toBe(2);
    await getOverview(scope, { today: "2035-01-01", cache });
    expect(cache.hits).toBe(1);
  });
});

/**
 * Audit ids are taken at insert, not at commit: a write holding id N can commit after one holding
 * N + 1. The newest id then does not change, and a key made of it alone would serve the old
 * overview for good. (PostgreSQL only: PGlite has one connection, so nothing overlaps.)
 */
describe.skipIf(testDriver() !== "postgres")(
  "overview cache and writes committed out of id order",
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ seeded: false });
    });
    afterAll(async () => t?.close());

    it("a write that commits after a newer audit id is still seen", async () => {
      const slow = new pg.Client({ connectionString: t.database.url ?? "" });
      await slow.connect();
      try {
        expect((await overviewOf(t.app)).tenant.name).toBe(testCountyName);
        await slow.query("begin");
        await slow.query("update tenant set name = 'Spät bestätigt' where id = $1", [t.tenantId]);
        await slow.query(
          `insert into audit_event (tenant_id, actor, action, entity_type) values ($1, 'test', 'tenant.rename', 'tenant')`,
          [t.tenantId],
        );
        // A later write takes a higher id and commits first…
        await t.database.query(
          `insert into audit_event (tenant_id, actor, action, entity_type) values ($1, 'test', 'test.touch', 'tenant')`,
          [t.tenantId],
        );
        // …and the overview read now (and kept) cannot see the slow one yet.
        expect((await overviewOf(t.app)).tenant.name).toBe(testCountyName);
        expect((await overviewOf(t.app)).tenant.name).toBe(testCountyName);
        await slow.query("commit");
        expect((await overviewOf(t.app)).tenant.name).toBe("Spät bestätigt");
      } finally {
        await slow.end();
      }
    });
  },
);

/**
 * Another session's open transaction (another server, a backup, another test worker) keeps the
 * watermark from moving. The key must not depend on whether it could move, or the same data
 * would be computed twice.
 */
describe.skipIf(testDriver() !== "postgres")(
  "overview cache while another transaction is open",
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ seeded: false });
    });
    afterAll(async () => t?.close());

    it("keeps its entry when the watermark moves up between two reads of the same data", async () => {
      const cache = new OverviewCache();
      const scope = tenantDb(t.database.db, t.tenantId);
      const other = new pg.Client({ connectionString: t.database.url ?? "" });
      await other.connect();
      try {
        await other.query("begin");
        await other.query("select pg_current_xact_id()");
        const first = await getOverview(scope, { today: "2026-01-01", cache });
        expect(cache.watermark(t.tenantId).id).toBe(0);
        await other.query("commit");
        const second = await getOverview(scope, { today: "2026-01-01", cache });
        expect(second).toBe(first);
        expect(cache.hits).toBe(1);
        expect(cache.misses).toBe(1);
      } finally {
        await other.end();
      }
    });
  },
);

describe("cached: concurrent misses", () => {
  it("compute once for the same key, and a failure is not shared", async () => {
    const { cached } = await import("./cache");
    const cache = new OverviewCache();
    const db = {
      execute: async () => ({
        rows: [{ newest: "7", above: 3, settled: false, standby: false }],
      }),
    } as unknown as Parameters<typeof cached>[1];
    let computed = 0;
    const slow = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 20));
      return { tenant: { name: `n${computed}` } } as Overview;
    };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => cached(cache, db, "t1", "2026-01-01", slow)),
    );
    expect(computed).toBe(1);
    expect(new Set(answers).size).toBe(1);

    const failing = async (): Promise<Overview> => {
      await new Promise((r) => setTimeout(r, 10));
      throw new Error("boom");
    };
    const fresh = new OverviewCache();
    const [first, second] = await Promise.allSettled([
      cached(fresh, db, "t1", "2026-01-01", failing),
      cached(fresh, db, "t1", "2026-01-01", slow),
    ]);
    expect(first.status).toBe("rejected");
    expect(second.status).toBe("fulfilled");
    expect(fresh.running.size).toBe(0);
  });
});
