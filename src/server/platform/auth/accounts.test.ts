import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  sessionCookieFrom,
  type TestApp,
  testOrigin,
} from "../../../testing/test-app";
import { tenantDb } from "../db/tenant-scope";
import { createUser, updateAccount } from "./accounts";
import { base32Decode, totp } from "./totp";

describe("administration needs a second factor; accounts, password change and reset", () => {
  let t: TestApp;
  let clock = Date.parse("2026-11-25T09:00:00Z");
  const adminEmail = "admin@example.org";
  const adminPassword = "Admin-Passwort-fuer-Kurs";
  beforeAll(async () => {
    t = await createTestApp({ seeded: false, now: () => clock });
    await createUser(
      tenantDb(t.database.db, t.tenantId),
      { email: adminEmail, role: "admin", password: adminPassword },
      { actor: "test" },
    );
  });
  afterAll(async () => t?.close());

  const post = (url: string, payload: unknown, cookie?: string) =>
    t.app.inject({
      method: "POST",
      url,
      payload: payload as never,
      headers: { origin: testOrigin, ...(cookie ? { cookie } : {}) },
    });
  const login = async (body: Record<string, unknown>) => post("/api/v1/auth/login", body);
  /** 200 when the cookie is a live session, 401 when /auth/me reports nobody signed in. */
  const signedIn = async (cookie: string) => {
    const state = (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).json();
    return state.user ? 200 : 401;
  };

  let secret = "";
  let recoveryCodes: string[] = [];

  it("an admin without TOTP is refused administration (403), then enrols and may", async () => {
    const session = sessionCookieFrom(
      (await login({ email: adminEmail, password: adminPassword })).headers["set-cookie"],
    );
    const before = await t.app.inject({ url: "/api/v1/users", headers: { cookie: session } });
    expect(before.statusCode).toBe(403);
    expect(before.json().type).toContain("auth.secondFactorNeeded");

    const start = await post("/api/v1/auth/totp/start", {}, session);
    expect(start.statusCode).toBe(200);
    secret = start.json().secret;
    expect(start.json().otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Kurs%3Aadmin%40example\.org\?secret=/,
    );
    const wrong = await post("/api/v1/auth/totp/confirm", { code: "000000" }, session);
    expect(wrong.statusCode).toBe(422);
    const confirm = await post(
      "/api/v1/auth/totp/confirm",
      { code: totp(base32Decode(secret), clock) },
      session,
    );
    expect(confirm.statusCode).toBe(200);
    recoveryCodes = confirm.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    const after = await t.app.inject({ url: "/api/v1/users", headers: { cookie: session } });
    expect(after.statusCode).toBe(200);
  });

  it("an enrolled admin signs in with a TOTP code or, once each, a recovery code", async () => {
    const without = await login({ email: adminEmail, password: adminPassword });
    expect(without.statusCode).toBe(401);
    expect(without.json().errors[0].path).toBe("totpCode");
    // The code confirmed at enrolment cannot be used again: the next step's code is needed.
    const replayed = await login({
      email: adminEmail,
      password: adminPassword,
      totpCode: totp(base32Decode(secret), clock),
    });
    expect(replayed.statusCode).toBe(401);
    clock += 30_000;
    const code = totp(base32Decode(secret), clock);
    const withCode = await login({ email: adminEmail, password: adminPassword, totpCode: code });
    expect(withCode.statusCode).toBe(200);
    expect(withCode.json().mfaVerified).toBe(true);
    // Seen once, never again (also not within its 90-second window).
    const again = await login({ email: adminEmail, password: adminPassword, totpCode: code });
    expect(again.statusCode, again.body).toBe(401);
    expect(again.json().errors[0].path).toBe("totpCode");
    const recovery = recoveryCodes[0];
    expect(
      (await login({ email: adminEmail, password: adminPassword, recoveryCode: recovery }))
        .statusCode,
    ).toBe(200);
    expect(
      (await login({ email: adminEmail, password: adminPassword, recoveryCode: recovery }))
        .statusCode,
    ).toBe(401);
  });

  it("creates accounts with checked passwords; reset links work once; password change ends old sessions", async () => {
    clock += 30_000;
    const admin = sessionCookieFrom(
      (
        await login({
          email: adminEmail,
          password: adminPassword,
          totpCode: totp(base32Decode(secret), clock),
        })
      ).headers["set-cookie"],
    );
    const weak = await post(
      "/api/v1/users",
      { email: "neu@example.org", role: "coordinator", password: "qwerty123456" },
      admin,
    );
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors).toEqual([
      { path: "password", message: expect.stringContaining("verbreitet") },
    ]);
    const created = await post(
      "/api/v1/users",
      { email: "neu@example.org", role: "coordinator", password: "Startpasswort-fuer-Neu" },
      admin,
    );
    expect(created.statusCode).toBe(201);
    const userId = created.json().id as string;
    const duplicate = await post(
      "/api/v1/users",
      { email: "NEU@example.org", role: "partner", password: "Startpasswort-fuer-Neu" },
      admin,
    );
    expect(duplicate.statusCode).toBe(409);

    const link = await post(`/api/v1/users/${userId}/password-reset`, {}, admin);
    expect(link.statusCode).toBe(201);
    const token = new URL(link.json().url).hash.replace("#token=", "");
    expect(
      (
        await post("/api/v1/auth/password-reset", {
          token,
          newPassword: "Neues-Passwort-nach-Reset",
        })
      ).statusCode,
    ).toBe(204);
    const again = await post("/api/v1/auth/password-reset", {
      token,
      newPassword: "Noch-ein-Passwort-99",
    });
    expect(again.statusCode).toBe(422);
    expect(
      (await login({ email: "neu@example.org", password: "Startpasswort-fuer-Neu" })).statusCode,
    ).toBe(401);
    const session = sessionCookieFrom(
      (await login({ email: "neu@example.org", password: "Neues-Passwort-nach-Reset" })).headers[
        "set-cookie"
      ],
    );
    const other = sessionCookieFrom(
      (await login({ email: "neu@example.org", password: "Neues-Passwort-nach-Reset" })).headers[
        "set-cookie"
      ],
    );

    const badChange = await post(
      "/api/v1/auth/password",
      { currentPassword: "falsch-falsch-falsch", newPassword: "Ganz-neues-Passwort-1" },
      session,
    );
    expect(badChange.statusCode).toBe(422);
    expect(badChange.json().errors[0].path).toBe("currentPassword");
    const change = await post(
      "/api/v1/auth/password",
      { currentPassword: "Neues-Passwort-nach-Reset", newPassword: "Ganz-neues-Passwort-1" },
      session,
    );
    expect(change.statusCode).toBe(204);
    const rotated = sessionCookieFrom(change.headers["set-cookie"]);
    expect(await signedIn(session)).toBe(401);
    expect(await signedIn(other)).toBe(401);
    expect(await signedIn(rotated)).toBe(200);

    const disable = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${userId}`,
      payload: { disabled: true },
      headers: { cookie: admin, origin: testOrigin },
    });
    expect(disable.statusCode).toBe(200);
    expect(await signedIn(rotated)).toBe(401);
    expect(
      (await login({ email: "neu@example.org", password: "Ganz-neues-Passwort-1" })).statusCode,
    ).toBe(401);

    const audit = await t.database.query<{ action: string }>(
      "select action from audit_event where entity_type = 'user' order by id",
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "user.create",
        "user.issuePasswordReset",
        "user.resetPassword",
        "user.changePassword",
        "user.update",
        "user.totpEnable",
      ]),
    );
    const stored = await t.database.query<{ password_hash: string }>(
      "select password_hash from app_user",
    );
    expect(stored.every((u) => u.password_hash.startsWith("$argon2id$"))).toBe(true);
  });

  it("an admin can neither demote nor lock themselves, and the last admin stays", async () => {
    clock += 30_000;
    const admin = sessionCookieFrom(
      (
        await login({
          email: adminEmail,
          password: adminPassword,
          totpCode: totp(base32Decode(secret), clock),
        })
      ).headers["set-cookie"],
    );
    const users = (await t.app.inject({ url: "/api/v1/users", headers: { cookie: admin } })).json();
    const self = users.find((u: { email: string }) => u.email === adminEmail);
    for (const payload of [{ role: "coordinator" }, { disabled: true }]) {
      const response = await t.app.inject({
        method: "PATCH",
        url: `/api/v1/users/${self.id}`,
        payload,
        headers: { cookie: admin, origin: testOrigin },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().type).toContain("user.selfChange");
    }
    await expect(
      updateAccount(
        tenantDb(t.database.db, t.tenantId),
        self.id,
        { disabled: true },
        { actor: "test", userId: "someone-else" },
      ),
    ).rejects.toMatchObject({ code: "user.lastAdmin" });
    const after = (await t.app.inject({ url: "/api/v1/users", headers: { cookie: admin } })).json();
    expect(after.find((u: { email: string }) => u.email === adminEmail)).toMatchObject({
      role: "admin",
      disabled: false,
    });
  });

  it("setting up a new second factor keeps the old one in force until it is confirmed", async () => {
    clock += 30_000;
    const session = sessionCookieFrom(
      (
        await login({
          email: adminEmail,
          password: adminPassword,
          totpCode: totp(base32Decode(secret), clock),
        })
      ).headers["set-cookie"],
    );
    const start = await post("/api/v1/auth/totp/start", {}, session);
    const pending = start.json().secret as string;
    expect(pending).not.toBe(secret);
    // Abandoned set-up: sign-in still needs the old factor; the new secret is not accepted yet.
    clock += 30_000;
    const withNew = await login({
      email: adminEmail,
      password: adminPassword,
      totpCode: totp(base32Decode(pending), clock),
    });
    expect(withNew.statusCode).toBe(401);
    const withOld = await login({
      email: adminEmail,
      password: adminPassword,
      totpCode: totp(base32Decode(secret), clock),
    });
    expect(withOld.statusCode).toBe(200);
    // Confirmed: from now on the new secret counts, the old one no longer.
    const confirm = await post(
      "/api/v1/auth/totp/confirm",
      { code: totp(base32Decode(pending), clock) },
      session,
    );
    expect(confirm.statusCode).toBe(200);
    clock += 30_000;
    expect(
      (
        await login({
          email: adminEmail,
          password: adminPassword,
          totpCode: totp(base32Decode(secret), clock),
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await login({
          email: adminEmail,
          password: adminPassword,
          totpCode: totp(base32Decode(pending), clock),
        })
      ).statusCode,
    ).toBe(200);
  });
});
