import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept } from "../../contract/concept";
import type { Council } from "../../contract/council";
import type { Fund } from "../../contract/ledger";
import type { MeasureList } from "../../contract/measures";
import { buildApp } from "../../server/app";
import { type Database, openDatabase } from "../../server/platform/db/database";
import {
  builtInCommittee,
  concept,
  fund,
  measure,
  meeting,
  paper,
  partner,
  scopeOf,
} from "../factories";
import { createTestApp, type TestApp } from "../test-app";
import { testDriver } from "../test-database";

/**
 * Every GET route marked replicaSafe must work on a standby, where nothing can be written. Here
 * the "replica" is a pool on the same database whose transactions are read-only
 * (default_transaction_read_only), so a route that wrote on a read would fail with 500 — without
 * needing a second cluster (src/testing/scale/replica.test.ts tests a real standby).
 */
describe.skipIf(testDriver() !== "postgres")("replica-safe routes are read-only", () => {
  let t: TestApp;
  let readOnly: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    // What the public routes show: an adopted concept, a fund, a published measure with a
    // partner, a meeting and a paper.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    await concept(scope, { committeeId: council.id });
    await fund(scope, { committeeId: council.id });
    await measure(scope, { isPublic: true });
    await paper(scope, { committeeId: council.id });
    await meeting(scope, { committeeId: council.id, meetingDate: "2024-03-01" });
    await partner(scope);
    const url = new URL(t.database.url ?? "");
    url.searchParams.set("options", "-c default_transaction_read_only=on");
    readOnly = await openDatabase({ driver: "postgres", url: url.toString(), poolSize: 2 });
    app = await buildApp({
      database: t.database,
      replica: readOnly,
      rateLimit: { read: 100_000, write: 100_000 },
    });
  });
  afterAll(async () => {
    await app?.close();
    await readOnly?.close();
    await t?.close();
  });

  it("the read-only pool refuses writes", async () => {
    await expect(readOnly.exec("create table nope (x int)")).rejects.toThrow(/read-only/);
  });

  it("keeps routes not marked, and signed-in readers, on the primary", async () => {
    const legal = await app.inject({ url: "/api/v1/legal/imprint" });
    expect(legal.statusCode).toBe(200);
    expect(legal.headers["x-kurs-read-from"]).toBe("primary");
    const editor = await t.signIn("coordinator");
    const funds = await app.inject({ url: "/api/v1/funds", headers: editor });
    expect(funds.headers["x-kurs-read-from"]).toBe("primary");
  });

  it("serves the public lists and pages from the replica, answering as the primary does", async () => {
    const concept = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>();
    const council = (await t.app.inject({ url: "/api/v1/council" })).json<Council>();
    const funds = (await t.app.inject({ url: "/api/v1/funds" })).json<{ items: Fund[] }>();
    const measures = (await t.app.inject({ url: "/api/v1/measures" })).json<MeasureList>();
    const version = concept.current?.id;
    const fund = funds.items[0]?.id;
    const measure = measures.items[0]?.id;
    const paper = council.papers[0]?.id;
    const meeting = council.meetings[0]?.id;
    expect([version, fund, measure, paper, meeting].every(Boolean)).toBe(true);
    const urls = [
      "/api/v1/overview",
      "/api/v1/tenant",
      "/api/v1/concept",
      `/api/v1/concept/versions/${version}`,
      `/api/v1/concept/versions/${version}/diff`,
      "/api/v1/concept/timeline",
      "/api/v1/funds",
      `/api/v1/funds/${fund}`,
      `/api/v1/funds/${fund}/bookings`,
      "/api/v1/council",
      `/api/v1/papers/${paper}`,
      `/api/v1/committees/${council.committees[0]?.id}`,
      `/api/v1/meetings/${meeting}`,
      "/api/v1/resolutions",
      "/api/v1/measures",
      "/api/v1/measures/options",
      "/api/v1/measures/rollup",
      `/api/v1/measures/${measure}`,
      "/api/v1/measures/timeline",
      "/api/v1/measures/by-municipality",
      "/api/v1/partners",
      "/api/v1/measures/settings",
    ];
    for (const url of urls) {
      const fromReplica = await app.inject({ url });
      expect([url, fromReplica.statusCode], fromReplica.body).toEqual([url, 200]);
      expect([url, fromReplica.headers["x-kurs-read-from"]]).toEqual([url, "replica"]);
      const fromPrimary = await t.app.inject({ url });
      expect([url, fromReplica.json()]).toEqual([url, fromPrimary.json()]);
    }
  });
});
