import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OParlSync } from "../../../contract/oparl-sync";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { httpOParlReader } from "./import/client";
import { scheduleActor, startDueSyncs } from "./sync-schedule";
import { syncFinished } from "./sync-service";
import { startOParlFixture } from "./testing/fixture-server";

/**
 * The automatic sync. The admin switches it on (daily); the schedule, asked at chosen
 * moments (a fake clock), starts the same run as the page — the first at once, the next only a
 * day after the last start, none while switched off.
 */
describe("automatic OParl sync", () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let fixture: Awaited<ReturnType<typeof startOParlFixture>>;
  const reader = httpOParlReader({ allowPrivateNetworks: true });
  const quiet = { info: () => {}, error: () => {} };
  const api = (method: "GET" | "PUT", url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...admin, "accept-language": "de" },
      payload,
    });
  const due = async (now: Date) => {
    const started = await startDueSyncs(t.database.db, { now, reader, log: quiet });
    await syncFinished(t.tenantId);
    return started.includes(t.tenantId);
  };

  beforeAll(async () => {
    t = await createTestApp({ seeded: false, oparlAllowPrivateNetworks: true });
    admin = await t.signIn("admin");
    fixture = await startOParlFixture();
  });
  afterAll(async () => {
    await syncFinished(t.tenantId);
    await fixture?.close();
    await t?.close();
  });

  it("needs an address first, refuses an unknown value at the field, is the admin's", async () => {
    const noSource = await api("PUT", "/oparl-sync/schedule", { schedule: "daily" });
    expect(noSource.statusCode).toBe(422);
    expect(noSource.json().errors).toEqual([
      { path: "schedule", message: "Geben Sie zuerst die Adresse des OParl-Systems an." },
    ]);
    expect((await api("PUT", "/oparl-sync", { entryUrl: fixture.url })).statusCode).toBe(200);
    const unknown = await api("PUT", "/oparl-sync/schedule", { schedule: "hourly" });
    expect(unknown.statusCode).toBe(400);
    const editor = await t.signIn("coordinator");
    const refused = await t.app.inject({
      method: "PUT",
      url: "/api/v1/oparl-sync/schedule",
      headers: editor,
      payload: { schedule: "daily" },
    });
    expect(refused.statusCode).toBe(403);
    expect((await api("GET", "/oparl-sync")).json<OParlSync>().schedule).toBe("off");
  });

  it("off: nothing starts; daily: the first run at once, the next a day after the last start", async () => {
    expect(await due(new Date())).toBe(false);
    const on = await api("PUT", "/oparl-sync/schedule", { schedule: "daily" });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json<OParlSync>().schedule).toBe("daily");

    const requestsBefore = fixture.requests.length;
    expect(await due(new Date())).toBe(true);
    const first = (await api("GET", "/oparl-sync")).json<OParlSync>();
    expect(first.lastRun?.error).toBeUndefined();
    expect(first.lastRun).toMatchObject({ incremental: false });
    expect(fixture.requests.length).toBeGreaterThan(requestsBefore);
    const startedAt = new Date(first.lastRun?.startedAt ?? "");

    expect(await due(new Date(startedAt.getTime() + 23 * 3_600_000))).toBe(false);
    expect(await due(new Date(startedAt.getTime() + 24 * 3_600_000))).toBe(true);
    const second = (await api("GET", "/oparl-sync")).json<OParlSync>();
    expect(second.lastRun).toMatchObject({ incremental: true });

    const runs = await t.database.query<{ actor: string; action: string }>(
      "select actor, action from audit_event where action in ('oparl.schedule', 'oparl.import') order by occurred_at",
    );
    expect(runs.map((r) => r.action)).toContain("oparl.schedule");
    expect(runs.some((r) => r.actor === scheduleActor)).toBe(true);

    expect((await api("PUT", "/oparl-sync/schedule", { schedule: "off" })).statusCode).toBe(200);
    expect(await due(new Date(startedAt.getTime() + 30 * 24 * 3_600_000))).toBe(false);
  });
});
