import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fund } from "../../contract/ledger";
import { type ServerProcess, startServer, stopServer } from "../durability/server-process";
import { ledgerFixtures } from "../ledger-fixtures";
import { createTestApp, type TestApp, testCountySlug } from "../test-app";
import { testDriver } from "../test-database";

/**
 * Stateless server processes: two Kurs processes (different ports, as behind a reverse proxy)
 * on one PostgreSQL. The session made through the first is valid on the second (sessions live in
 * the database), and 200 concurrent commitments of 30,000 € against the 1,000,000 € fund, sent
 * alternately through both, book exactly 33: no lost update, available never below 0.
 */
describe.skipIf(testDriver() !== "postgres")("two Kurs processes on one PostgreSQL", () => {
  let t: TestApp;
  let servers: ServerProcess[] = [];
  let editor: Record<string, string>;
  let f: Awaited<ReturnType<typeof ledgerFixtures>>;
  beforeAll(async () => {
    // The bookings are dated in 2024: the clock stands inside that fiscal year.
    process.env.KURS_TODAY = "2024-11-15";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    f = await ledgerFixtures(t, editor);
    const env = { DATABASE_URL: t.database.url ?? "", KURS_TENANT: testCountySlug };
    servers = await Promise.all([
      startServer("/nonexistent-a", env),
      startServer("/nonexistent-b", env),
    ]);
  }, 120_000);
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await Promise.all(servers.map((s) => stopServer(s)));
    await t?.close();
  });

  const headersFor = (server: ServerProcess) => ({
    cookie: editor.cookie ?? "",
    origin: server.url,
    "content-type": "application/json",
  });
  const fundThrough = async (server: ServerProcess) =>
    (await (await fetch(`${server.url}/api/v1/funds/${f.million.id}`)).json()) as Fund;

  it("a session made on one process works on the other", async () => {
    for (const server of servers) {
      const me = await fetch(`${server.url}/api/v1/auth/me`, { headers: headersFor(server) });
      expect(me.status).toBe(200);
    }
  });

  it("200 concurrent commitments through both processes: exactly 33 booked, never below 0", async () => {
    let running = true;
    let lowest = Number.POSITIVE_INFINITY;
    const watcher = (async () => {
      let i = 0;
      while (running) {
        const server = servers[i++ % servers.length] as ServerProcess;
        lowest = Math.min(lowest, (await fundThrough(server)).availableCents);
      }
    })();
    const keys = Array.from({ length: 150 }, () => randomUUID());
    // 200 requests, 50 of them repeating a key through the *other* process.
    const requests = Array.from({ length: 200 }, (_, i) => ({
      key: keys[i % keys.length] as string,
      server: servers[i % 2] as ServerProcess,
    }));
    const outcomes = await Promise.all(
      requests.map(async ({ key, server }) => {
        const response = await fetch(`${server.url}/api/v1/funds/${f.million.id}/bookings`, {
          method: "POST",
          headers: { ...headersFor(server), "idempotency-key": key },
          body: JSON.stringify({
            kind: "commitment",
            measureId: f.course,
            amountCents: 3_000_000,
            date: "2024-05-01",
          }),
        });
        const body = (await response.json()) as { id?: string };
        return { key, status: response.status, id: body.id ?? null };
      }),
    );
    running = false;
    await watcher;
    const booked = outcomes.filter((o) => o.status === 201 || o.status === 200);
    const bookedKeys = new Set(booked.map((o) => o.key));
    expect(bookedKeys.size).toBe(33);
    // A repeated key gets its one booking back, whichever process answers.
    for (const key of bookedKeys) {
      expect(new Set(booked.filter((o) => o.key === key).map((o) => o.id)).size).toBe(1);
    }
    expect(new Set(outcomes.filter((o) => !bookedKeys.has(o.key)).map((o) => o.status))).toEqual(
      new Set([409]),
    );
    expect(lowest).toBeGreaterThanOrEqual(0);
    for (const server of servers) {
      expect(await fundThrough(server)).toMatchObject({
        committedCents: 99_000_000,
        availableCents: 1_000_000,
      });
    }
    const rows = await t.database.query<{ n: string }>("select count(*)::text n from booking");
    expect(Number(rows[0]?.n)).toBe(33);
  }, 120_000);
});
