import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  sessionCookieFrom,
  type TestApp,
  testOrigin,
} from "../../../testing/test-app";
import { tenantDb } from "../db/tenant-scope";
import { createUser } from "./accounts";
import { hashPassword, passwordProblems } from "./password";

const password = "Sehr-sicheres-Passwort-1";

describe("passwords", () => {
  it("are hashed with argon2id at OWASP parameters, salted per hash", async () => {
    const a = await hashPassword(password);
    const b = await hashPassword(password);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it("need 12 characters and must not be on the common list", () => {
    expect(passwordProblems("elf-Zeichen")).toEqual(["password.tooShort"]);
    expect(passwordProblems("zwölf-Zeichen")).toEqual([]);
    expect(passwordProblems("qwerty123456")).toEqual(["password.common"]);
    expect(passwordProblems("1qaz2wsx3edc")).toEqual(["password.common"]);
  });
});

describe("login rate limit per client address", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false, loginRateLimit: 20 });
  });
  afterAll(async () => t?.close());

  it("answers 429 above 20 attempts a minute, whatever the address tried", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: `person-${i}@example.org`, password: "irgendein-Passwort-1" },
        headers: { origin: testOrigin },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
  });
});

describe("login, sessions and lock-out", () => {
  let t: TestApp;
  let clock = Date.parse("2026-11-25T08:00:00Z");
  const email = "koordination@example.org";
  beforeAll(async () => {
    t = await createTestApp({ seeded: false, now: () => clock });
    await createUser(
      tenantDb(t.database.db, t.tenantId),
      { email, role: "coordinator", password },
      { actor: "test" },
    );
  });
  afterAll(async () => t?.close());

  const login = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: body,
      headers: { origin: testOrigin, ...headers },
    });
  /** statusCode 200 for a live session, 401 when /auth/me answers that nobody is signed in. */
  const me = async (cookie: string) => {
    const response = await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } });
    expect(response.statusCode).toBe(200);
    return { statusCode: response.json().user ? 200 : 401 };
  };

  it("sets an HttpOnly, SameSite=Lax session cookie; Secure with __Host- outside localhost", async () => {
    const local = await login({ email, password });
    expect(local.statusCode).toBe(200);
    // A password account: the account page offers the password form; sign-out stays in Kurs.
    expect(local.json().user).toMatchObject({ hasPassword: true, identityProvider: false });
    const cookie = String(local.headers["set-cookie"]);
    expect(cookie).toMatch(/^kurs_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const remote = await login(
      { email, password },
      { host: "kurs.landkreis.example", origin: "http://kurs.landkreis.example" },
    );
    expect(String(remote.headers["set-cookie"])).toMatch(/^__Host-kurs_session=.*Secure/);
  });

  it("gives a new session id at every login; logout kills it for good", async () => {
    const first = sessionCookieFrom((await login({ email, password })).headers["set-cookie"]);
    const second = sessionCookieFrom((await login({ email, password })).headers["set-cookie"]);
    expect(first).not.toBe(second);
    expect((await me(first)).statusCode).toBe(200);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie: first, origin: testOrigin },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });

  it("ends sessions after 30 idle minutes and after 12 hours in any case", async () => {
    const idle = sessionCookieFrom((await login({ email, password })).headers["set-cookie"]);
    clock += 29 * 60_000;
    expect((await me(idle)).statusCode).toBe(200);
    clock += 31 * 60_000;
    expect((await me(idle)).statusCode).toBe(401);

    const busy = sessionCookieFrom((await login({ email, password })).headers["set-cookie"]);
    for (let minutes = 0; minutes < 12 * 60; minutes += 20) {
      clock += 20 * 60_000;
      const status = (await me(busy)).statusCode;
      if (minutes + 20 <= 12 * 60) expect(status, `after ${minutes + 20} min`).toBe(200);
    }
    clock += 20 * 60_000;
    expect((await me(busy)).statusCode).toBe(401);
  });

  it("answers a wrong password exactly like an unknown address", async () => {
    const wrong = await login({ email, password: "falsches-Passwort-99" });
    const unknown = await login({ email: "niemand@example.org", password: "falsches-Passwort-99" });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: string) => ({ ...JSON.parse(body), requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
  });

  it("throttles and locks after repeated failures, for known and unknown addresses alike", async () => {
    clock += 60 * 60_000;
    const statuses: number[] = [];
    for (let i = 0; i < 150; i++) {
      const target = i % 2 === 0 ? email : "unbekannt@example.org";
      const response = await login({ email: target, password: `falsch-${i}-xxxxxxxx` });
      statuses.push(response.statusCode);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    // Each address is locked after 5 failures: from then on only 429s.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(130);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // Locked: even the right password is refused now …
    const locked = await login({ email, password });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    // … and the unknown address gets the very same answer.
    const lockedUnknown = await login({ email: "unbekannt@example.org", password });
    expect(lockedUnknown.statusCode).toBe(429);
    expect(lockedUnknown.json().detail).toBe(locked.json().detail);
    // After the lock expires, the right password works again.
    clock += 16 * 60_000;
    expect((await login({ email, password })).statusCode).toBe(200);
  });

  it("refuses writes with a foreign or missing Origin (CSRF)", async () => {
    clock += 60 * 60_000;
    const cookie = sessionCookieFrom((await login({ email, password })).headers["set-cookie"]);
    for (const headers of [{ cookie }, { cookie, origin: "https://evil.example" }]) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/concept/versions",
        payload: {},
        headers,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().type).toContain("auth.csrf");
    }
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: {},
      headers: { cookie, origin: testOrigin },
    });
    expect(ok.statusCode).toBe(201);
  });
});
