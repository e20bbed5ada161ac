import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { auditEvent } from "../db/schema";

const dayMs = 24 * 60 * 60 * 1000;

describe("personal access tokens", () => {
  let t: TestApp;
  let clock = Date.parse("2026-03-01T09:00:00Z");
  let coordinator: Record<string, string>;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false, now: () => clock });
    coordinator = await t.signIn("coordinator");
    admin = await t.signIn("admin");
  });
  afterAll(async () => t?.close());

  async function newToken(
    headers: Record<string, string>,
    access: "read" | "write",
    validDays = 30,
  ): Promise<{ id: string; token: string }> {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/account/tokens",
      payload: { name: `Power Query ${access}`, access, validDays },
      headers,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  function expectProblem(response: { statusCode: number; headers: Record<string, unknown> }) {
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  }

  it("is shown once, stored as a hash, listed with its last use", async () => {
    const { id, token } = await newToken(coordinator, "read");
    expect(token).toMatch(/^kurs_pat_[A-Za-z0-9_-]{43}$/);
    const read = await t.app.inject({ url: "/api/v1/concept", headers: bearer(token) });
    expect(read.statusCode).toBe(200);
    const list = await t.app.inject({ url: "/api/v1/account/tokens", headers: coordinator });
    const listed = list.json().tokens.find((row: { id: string }) => row.id === id);
    expect(listed).toMatchObject({ access: "read", revokedAt: null });
    expect(listed.lastUsedAt).toBe(new Date(clock).toISOString());
    expect(JSON.stringify(list.json())).not.toContain(token);
    const stored = await t.database.db.execute(
      `select token_hash from access_token where id = '${id}'` as never,
    );
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("every use is in the audit trail, under the person, naming the token", async () => {
    const { id, token } = await newToken(coordinator, "read");
    for (let i = 0; i < 3; i++) {
      expect(
        (await t.app.inject({ url: "/api/v1/measures", headers: bearer(token) })).statusCode,
      ).toBe(200);
    }
    const uses = await t.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "accessToken.use"), eq(auditEvent.entityId, id)));
    expect(uses).toHaveLength(3);
    expect(uses[0]?.actor).toMatch(/^user:/);
    expect(uses[0]?.after).toMatchObject({ method: "GET", url: "/api/v1/measures" });
  });

  it("a read-only token cannot write (403 problem+json); a read-write one can, without Origin", async () => {
    const reader = await newToken(coordinator, "read");
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: { title: "Entwurf per Skript" },
      headers: bearer(reader.token),
    });
    expect(refused.statusCode).toBe(403);
    expectProblem(refused);
    expect(refused.json().detail).toBe("Dieses Zugangstoken darf nur lesen.");

    const writer = await newToken(coordinator, "write");
    const key = randomUUID();
    const first = await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: { title: "Entwurf per Skript" },
      headers: { ...bearer(writer.token), "idempotency-key": key },
    });
    expect(first.statusCode, first.body).toBe(201);
    // The idempotency key still holds: the retry answers the first result, nothing new.
    const retry = await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: { title: "Entwurf per Skript" },
      headers: { ...bearer(writer.token), "idempotency-key": key },
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
  });

  it("a token never reaches admin routes, nor the own account, even an admin's", async () => {
    const { token } = await newToken(admin, "write");
    for (const [method, url] of [
      ["GET", "/api/v1/users"],
      ["GET", "/api/v1/audit"],
      ["GET", "/api/v1/account/tokens"],
      ["POST", "/api/v1/account/tokens"],
      ["POST", "/api/v1/auth/totp/start"],
      ["POST", "/api/v1/auth/logout"],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: bearer(token),
        ...(method === "POST" ? { payload: { name: "x", access: "write", validDays: 1 } } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expectProblem(response);
    }
    // The same admin with a session still may (the refusal is the token's, not the role's).
    expect((await t.app.inject({ url: "/api/v1/users", headers: admin })).statusCode).toBe(200);
    // The admin's token reads like everyone's.
    expect(
      (await t.app.inject({ url: "/api/v1/concept", headers: bearer(token) })).statusCode,
    ).toBe(200);
  });

  it("a revoked token gets 401 problem+json", async () => {
    const { id, token } = await newToken(coordinator, "write");
    const revoke = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/account/tokens/${id}`,
      headers: coordinator,
    });
    expect(revoke.statusCode).toBe(204);
    const response = await t.app.inject({ url: "/api/v1/concept", headers: bearer(token) });
    expect(response.statusCode).toBe(401);
    expectProblem(response);
    const list = await t.app.inject({ url: "/api/v1/account/tokens", headers: coordinator });
    expect(list.json().tokens.find((row: { id: string }) => row.id === id).revokedAt).not.toBe(
      null,
    );
  });

  it("an expired token gets 401 problem+json", async () => {
    const { token } = await newToken(coordinator, "read", 1);
    expect(
      (await t.app.inject({ url: "/api/v1/concept", headers: bearer(token) })).statusCode,
    ).toBe(200);
    clock += dayMs + 1000;
    // Sign in again: the session above ended with the clock's jump.
    coordinator = await t.signIn("coordinator");
    admin = await t.signIn("admin");
    const response = await t.app.inject({ url: "/api/v1/concept", headers: bearer(token) });
    expect(response.statusCode).toBe(401);
    expectProblem(response);
  });

  it("an unknown or malformed token gets 401, even on public routes, and cookies do not help", async () => {
    for (const authorization of ["Bearer kurs_pat_unknown", "Bearer ", "Basic abc"]) {
      const response = await t.app.inject({
        url: "/api/v1/concept",
        headers: { ...coordinator, authorization },
      });
      expect(response.statusCode, authorization).toBe(401);
      expectProblem(response);
    }
  });

  it("expiry is 1 to 365 days, refused at the field otherwise; another person's token cannot be revoked", async () => {
    for (const validDays of [0, 366]) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/account/tokens",
        payload: { name: "Zu lang", access: "read", validDays },
        headers: coordinator,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe("validDays");
    }
    const { id } = await newToken(admin, "read");
    const foreign = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/account/tokens/${id}`,
      headers: coordinator,
    });
    expect(foreign.statusCode).toBe(404);
  });
});
