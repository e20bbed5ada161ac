import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { tenantDb } from "../db/tenant-scope";
import { deleteExpiredKeys } from "./idempotency";

/**
 * A process that dies between the create and storing its answer (http/idempotency.ts): the claim
 * records in the create's own transaction that the work committed, so a retry after the claim
 * went stale is refused as "outcome unknown" instead of creating a second object; a claim whose
 * work never committed is taken over and runs once. Expired keys are deleted.
 */
describe("Idempotency-Key after a crash, and expiry", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  const count = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from committee"))[0]?.n);
  const create = (key: string, name: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/committees",
      headers: { ...editor, "idempotency-key": key, "accept-language": "de" },
      payload: { name, kind: "workingGroup" },
    });
  const row = async (key: string) =>
    (
      await t.database.query<{ status_code: number | null; completed_at: string | null }>(
        `select status_code, completed_at from idempotent_request where key = '${key}'`,
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  it("refuses a retry whose first request committed but lost its answer (409, nothing new)", async () => {
    const key = randomUUID();
    expect((await create(key, "AG Absturz")).statusCode).toBe(201);
    expect((await row(key))?.completed_at).not.toBeNull();
    // As if the process died after the commit, before the answer was stored, 200 s ago.
    await t.database.exec(
      `update idempotent_request set status_code = null, response = null,
              claimed_at = now() - interval '200 seconds' where key = '${key}'`,
    );
    const before = await count();
    const retry = await create(key, "AG Absturz");
    expect(retry.statusCode, retry.body).toBe(409);
    expect(retry.json().detail).toMatch(/Antwort ging aber verloren/);
    expect(await count()).toBe(before);
  });

  it("takes over a stale claim whose work never committed, and creates once", async () => {
    const first = randomUUID();
    expect((await create(first, "AG Übernahme")).statusCode).toBe(201);
    const key = randomUUID();
    // A claim for the same request, made 200 s ago by a process that died before committing.
    await t.database.exec(
      `insert into idempotent_request (tenant_id, route, key, request_hash, claimed_at)
       select tenant_id, route, '${key}', request_hash, now() - interval '200 seconds'
         from idempotent_request where key = '${first}'`,
    );
    const before = await count();
    const answers = await Promise.all([create(key, "AG Übernahme"), create(key, "AG Übernahme")]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 201]);
    expect(answers.filter((a) => a.headers["idempotent-replayed"] === "true")).toHaveLength(1);
    expect(await count()).toBe(before + 1);
    expect((await row(key))?.status_code).toBe(201);
  });

  it("rolls back the work of a request whose claim was taken over meanwhile", async () => {
    // A takeover lands while the create's transaction runs (a trigger moves the claim's time).
    await t.database.exec(`
      create function kurs_test_takeover() returns trigger language plpgsql as $$
      begin
        update idempotent_request set claimed_at = claimed_at + interval '1 second'
         where status_code is null;
        return new;
      end $$;
      create trigger kurs_test_takeover after insert on committee
        for each row execute function kurs_test_takeover();`);
    try {
      const before = await count();
      const answer = await create(randomUUID(), "AG Langsam");
      expect(answer.statusCode, answer.body).toBe(409);
      expect(await count()).toBe(before);
    } finally {
      await t.database.exec(`drop trigger kurs_test_takeover on committee;
        drop function kurs_test_takeover();`);
    }
  });

  it("deletes keys older than 24 hours, keeps newer ones", async () => {
    const old = randomUUID();
    const fresh = randomUUID();
    expect((await create(old, "AG Alt")).statusCode).toBe(201);
    expect((await create(fresh, "AG Neu")).statusCode).toBe(201);
    await t.database.exec(
      `update idempotent_request set claimed_at = now() - interval '25 hours' where key = '${old}'`,
    );
    const tenantId = (
      await t.database.query<{ tenant_id: string }>(
        `select tenant_id from idempotent_request where key = '${fresh}'`,
      )
    )[0]?.tenant_id as string;
    expect(await deleteExpiredKeys(tenantDb(t.database.db, tenantId))).toBe(1);
    expect(await row(old)).toBeUndefined();
    expect(await row(fresh)).toBeDefined();
  });
});
