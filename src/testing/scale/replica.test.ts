import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fund } from "../../contract/ledger";
import { buildApp } from "../../server/app";
import { type Database, openDatabase } from "../../server/platform/db/database";
import { ledgerFixtures } from "../ledger-fixtures";
import { createTestApp, type TestApp, testCountyName } from "../test-app";
import { testDriver } from "../test-database";

/**
 * DATABASE_REPLICA_URL against a real streaming-replication standby: TEST_REPLICA_URL names the
 * standby's server (scripts/replica-cluster.sh sets one up on port 5433; .ci/run does). The test
 * database is created on the primary and reaches the standby by replication.
 */
const replicaServer = process.env.TEST_REPLICA_URL;
const runs = testDriver() === "postgres" && Boolean(replicaServer);
if (testDriver() === "postgres" && !replicaServer) {
  console.warn(
    "\n⚠ SKIPPED: read-replica test — TEST_REPLICA_URL is not set (run scripts/replica-cluster.sh, then TEST_REPLICA_URL=postgres://postgres@127.0.0.1:5433).\n",
  );
}

describe.skipIf(!runs)("read replica (streaming replication standby)", () => {
  let t: TestApp;
  let replica: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    // The bookings are dated in 2024: the clock stands inside that fiscal year.
    process.env.KURS_TODAY = "2024-11-15";
    t = await createTestApp({ seeded: false });
    const url = new URL(replicaServer ?? "");
    url.pathname = new URL(t.database.url ?? "").pathname;
    // The new database appears on the standby once its WAL is replayed.
    for (let i = 0; ; i++) {
      try {
        replica = await openDatabase({ driver: "postgres", url: url.toString(), poolSize: 4 });
        await replica.query("select 1 from tenant limit 1");
        break;
      } catch (error) {
        await replica?.close().catch(() => {});
        if (i > 100) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    app = await buildApp({
      database: t.database,
      replica,
      loginRateLimit: 1000,
      rateLimit: { read: 100_000, write: 100_000 },
    });
  }, 60_000);
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await app?.close();
    await replica?.close();
    await t?.close();
  });

  it("the standby is a standby: read-only, in recovery", async () => {
    const [row] = await replica.query<{ r: boolean }>("select pg_is_in_recovery() r");
    expect(row?.r).toBe(true);
    await expect(replica.exec("create table nope (x int)")).rejects.toThrow(/read-only/);
  });

  it("serves the public overview from the replica; signed-in and other routes from the primary", async () => {
    const anonymous = await app.inject({ url: "/api/v1/overview" });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers["x-kurs-read-from"]).toBe("replica");
    expect(anonymous.json().tenant.name).toBe(testCountyName);
    const editor = await t.signIn("coordinator");
    const signedIn = await app.inject({ url: "/api/v1/overview", headers: editor });
    expect(signedIn.headers["x-kurs-read-from"]).toBe("primary");
    // Not marked replicaSafe (legal texts belong to the public site's routes): the primary.
    const legal = await app.inject({ url: "/api/v1/legal/imprint" });
    expect(legal.headers["x-kurs-read-from"]).toBe("primary");
  });

  it("a booking on the primary is at once visible to the person who made it", async () => {
    const editor = await t.signIn("coordinator");
    const f = await ledgerFixtures({ ...t, app }, editor);
    for (let i = 1; i <= 5; i++) {
      const booked = await app.inject({
        method: "POST",
        url: `/api/v1/funds/${f.million.id}/bookings`,
        headers: { ...editor, "idempotency-key": randomUUID() },
        payload: {
          kind: "commitment",
          measureId: f.course,
          amountCents: 100_000,
          date: "2024-05-01",
        },
      });
      expect(booked.statusCode).toBe(201);
      expect(booked.headers["x-kurs-read-from"]).toBe("primary");
      // Read right after the write, by the same person: never stale.
      const fund = await app.inject({ url: `/api/v1/funds/${f.million.id}`, headers: editor });
      expect(fund.json<Fund>().committedCents).toBe(i * 100_000);
      const overview = await app.inject({ url: "/api/v1/overview", headers: editor });
      expect(overview.headers["x-kurs-read-from"]).toBe("primary");
    }
    // And the standby catches up (the public sees it after the replication delay).
    for (let i = 0; ; i++) {
      const [row] = await replica.query<{ n: string }>("select count(*)::text n from booking");
      if (Number(row?.n) === 5) break;
      if (i > 100) throw new Error("standby did not catch up");
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});
