import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  signInAtProvider,
  startTestProvider,
  type TestProvider,
} from "../../../../testing/oidc-provider";
import { createTestApp, type TestApp } from "../../../../testing/test-app";
import { appUser, auditEvent, userSession } from "../../db/schema";
import { oidcConfigFromEnv } from "./config";

/**
 * The whole sign-in through Kurs's routes against a real OpenID provider on loopback
 * (oidc-provider): Kurs's own /login, the provider's login page, Kurs's /callback.
 */
const publicUrl = "http://localhost";
const redirect = `${publicUrl}/api/v1/auth/oidc/callback`;
const clients = [
  { client_id: "kurs", client_secret: "kurs-geheim", redirect_uris: [redirect] },
  { client_id: "andere-anwendung", client_secret: "anders", redirect_uris: [redirect] },
];

describe("sign-in through the county's identity provider (OIDC)", () => {
  let idp: TestProvider;
  let foreign: TestProvider;
  let t: TestApp;

  beforeAll(async () => {
    idp = await startTestProvider({
      clients,
      accounts: {
        "k.koordination": {
          email: "koordination@landkreis.example",
          name: "Kim Koordination",
          groups: ["kurs-koordination", "alle"],
        },
        "a.ausschuss": {
          email: "ausschuss@landkreis.example",
          name: "Alex Ausschuss",
          groups: ["kurs-ausschuss"],
        },
        "c.chefin": {
          email: "chefin@landkreis.example",
          name: "Chris Chefin",
          groups: ["kurs-admin"],
        },
        "n.niemand": { email: "niemand@landkreis.example", name: "Nora Niemand", groups: ["alle"] },
      },
    });
    foreign = await startTestProvider({
      clients,
      accounts: {
        "k.koordination": {
          email: "koordination@landkreis.example",
          name: "Falsch",
          groups: ["kurs-admin"],
        },
      },
    });
    const config = oidcConfigFromEnv({
      KURS_OIDC_ISSUER: idp.issuer,
      KURS_OIDC_CLIENT_ID: "kurs",
      KURS_OIDC_CLIENT_SECRET: "kurs-geheim",
      KURS_PUBLIC_URL: publicUrl,
      KURS_OIDC_ROLE_MAP: "kurs-admin=admin,kurs-koordination=coordinator,kurs-ausschuss=committee",
    });
    if (!config) throw new Error("no config");
    t = await createTestApp({ seeded: false, oidc: config });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
    await foreign?.close();
  });

  function setGroups(login: string, groups: string[]) {
    const account = idp.accounts.get(login);
    if (!account) throw new Error(login);
    idp.accounts.set(login, { ...account, groups });
  }

  /** Kurs's /login: the provider URL and the pending-sign-in cookie. */
  async function startAtKurs() {
    const response = await t.app.inject({ url: "/api/v1/auth/oidc/login?next=/konto" });
    expect(response.statusCode).toBe(302);
    const cookie = String(response.headers["set-cookie"]).split(";")[0] ?? "";
    return { location: String(response.headers.location), cookie };
  }
  async function callback(url: URL, cookie: string) {
    return t.app.inject({ url: `${url.pathname}${url.search}`, headers: { cookie } });
  }
  async function signIn(login: string) {
    const { location, cookie } = await startAtKurs();
    const back = await signInAtProvider(location, login);
    return { response: await callback(back, cookie), back, cookie };
  }
  const sessionCookie = (response: { headers: Record<string, unknown> }) =>
    ([] as string[])
      .concat((response.headers["set-cookie"] as string[] | string | undefined) ?? [])
      .find((c) => c.startsWith("kurs_session="));
  async function sessionCount() {
    return (await t.database.db.select().from(userSession)).length;
  }
  function expectRefused(
    response: { statusCode: number; headers: Record<string, unknown> },
    status = 401,
  ) {
    expect(response.statusCode).toBe(status);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(sessionCookie(response)).toBeUndefined();
  }

  it("the login route sends the browser to the provider with PKCE, state and nonce", async () => {
    const { location, cookie } = await startAtKurs();
    const url = new URL(location);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    for (const name of ["state", "nonce", "code_challenge"])
      expect(url.searchParams.get(name)).toBeTruthy();
    expect(url.searchParams.get("redirect_uri")).toBe(redirect);
    expect(cookie).toMatch(/^kurs_oidc=/);
  });

  it("each mapped group gets its role; the account is created with name and e-mail; the session is a normal one", async () => {
    for (const [login, role, email] of [
      ["k.koordination", "coordinator", "koordination@landkreis.example"],
      ["a.ausschuss", "committee", "ausschuss@landkreis.example"],
    ] as const) {
      const { response } = await signIn(login);
      expect(response.statusCode, response.body).toBe(303);
      expect(response.headers.location).toBe("/konto");
      const cookie = sessionCookie(response);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      const me = await t.app.inject({
        url: "/api/v1/auth/me",
        headers: { cookie: cookie?.split(";")[0] ?? "" },
      });
      // An account of the provider: no password form, and sign-out goes on to the provider.
      expect(me.json().user).toMatchObject({
        role,
        email,
        hasPassword: false,
        identityProvider: true,
      });
    }
    const [created] = await t.database.db
      .select()
      .from(appUser)
      .where(eq(appUser.oidcSubject, "k.koordination"));
    expect(created).toMatchObject({ displayName: "Kim Koordination", passwordHash: null });
    const logins = await t.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "user.login"), eq(auditEvent.entityId, created?.id ?? "")));
    expect(logins[0]?.after).toMatchObject({ method: "oidc" });
  });

  it("the role follows the groups at every login", async () => {
    setGroups("a.ausschuss", ["kurs-koordination"]);
    const { response } = await signIn("a.ausschuss");
    expect(response.statusCode).toBe(303);
    const [user] = await t.database.db
      .select()
      .from(appUser)
      .where(eq(appUser.oidcSubject, "a.ausschuss"));
    expect(user?.role).toBe("coordinator");
  });

  it("no mapped group: refused (403), no account created, a clear message", async () => {
    const { response } = await signIn("n.niemand");
    expectRefused(response, 403);
    expect(response.json().detail).toMatch(/keiner Kurs-Gruppe zugeordnet/);
    const rows = await t.database.db
      .select()
      .from(appUser)
      .where(eq(appUser.oidcSubject, "n.niemand"));
    expect(rows).toHaveLength(0);
    // A browser gets a readable page with the same status.
    const again = await startAtKurs();
    const back = await signInAtProvider(again.location, "n.niemand");
    const page = await t.app.inject({
      url: `${back.pathname}${back.search}`,
      headers: { cookie: again.cookie, accept: "text/html" },
    });
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain("Anmeldung nicht möglich");
    expect(page.body).toContain("keiner Kurs-Gruppe zugeordnet");
  });

  it("removed from all groups: locked at the next login, and the open sessions end", async () => {
    const first = await signIn("k.koordination");
    const cookie = sessionCookie(first.response)?.split(";")[0] ?? "";
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).json().user,
    ).not.toBe(null);
    setGroups("k.koordination", ["alle"]);
    const { response } = await signIn("k.koordination");
    expectRefused(response, 403);
    const [user] = await t.database.db
      .select()
      .from(appUser)
      .where(eq(appUser.oidcSubject, "k.koordination"));
    expect(user?.disabledAt).not.toBe(null);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).json().user).toBe(
      null,
    );
    // Back in a group, the lock stays until the administration lifts it.
    setGroups("k.koordination", ["kurs-koordination"]);
    expectRefused((await signIn("k.koordination")).response, 403);
  });

  it("a forged state is refused: 401 problem+json, no session", async () => {
    const { location, cookie } = await startAtKurs();
    const back = await signInAtProvider(location, "a.ausschuss");
    back.searchParams.set("state", "gefaelscht");
    const before = await sessionCount();
    expectRefused(await callback(back, cookie));
    expect(await sessionCount()).toBe(before);
  });

  it("a callback without the browser's pending sign-in is refused", async () => {
    const { location } = await startAtKurs();
    const back = await signInAtProvider(location, "a.ausschuss");
    expectRefused(await callback(back, ""));
  });

  it("a replayed code is refused: the same callback again, and the code with a fresh sign-in", async () => {
    const { response, back, cookie } = await signIn("a.ausschuss");
    expect(response.statusCode).toBe(303);
    const before = await sessionCount();
    expectRefused(await callback(back, cookie));
    // A new pending sign-in (new state, verifier) with the old code and the new state.
    const fresh = await startAtKurs();
    const replay = new URL(back);
    replay.searchParams.set("state", new URL(fresh.location).searchParams.get("state") ?? "");
    expectRefused(await callback(replay, fresh.cookie));
    expect(await sessionCount()).toBe(before);
  });

  it("a wrong nonce is refused", async () => {
    const { location, cookie } = await startAtKurs();
    const tampered = new URL(location);
    tampered.searchParams.set("nonce", "ein-anderer-nonce");
    const back = await signInAtProvider(tampered.href, "a.ausschuss");
    expectRefused(await callback(back, cookie));
  });

  /** Runs one sign-in whose token response carries `idToken(original claims)` instead. */
  async function withForgedIdToken(forge: (claims: Record<string, unknown>) => string) {
    idp.tamper = (body) => {
      const [, payload = ""] = String(body.id_token).split(".");
      return { ...body, id_token: forge(JSON.parse(Buffer.from(payload, "base64url").toString())) };
    };
    try {
      const before = await sessionCount();
      const { response } = await signIn("a.ausschuss");
      expectRefused(response);
      expect(await sessionCount()).toBe(before);
    } finally {
      idp.tamper = null;
    }
  }

  it("the tampering itself is harmless when it changes nothing (control)", async () => {
    idp.tamper = (body) => ({
      ...body,
      id_token: idp.signJwt(
        JSON.parse(Buffer.from(String(body.id_token).split(".")[1] ?? "", "base64url").toString()),
      ),
    });
    try {
      const { response } = await signIn("a.ausschuss");
      expect(response.statusCode, response.body).toBe(303);
    } finally {
      idp.tamper = null;
    }
  });

  it("an ID token from another issuer is refused (a real token of a second provider)", async () => {
    // The second provider issues a real ID token for the same client, same nonce.
    await withForgedIdToken((claims) => foreign.signJwt({ ...claims, iss: foreign.issuer }));
  });

  it("an ID token with our issuer but another provider's key is refused (signature)", async () => {
    await withForgedIdToken((claims) => foreign.signJwt(claims));
  });

  it("an ID token for another audience is refused", async () => {
    await withForgedIdToken((claims) =>
      idp.signJwt({ ...claims, aud: "andere-anwendung", azp: "andere-anwendung" }),
    );
  });

  it("an expired ID token is refused", async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    await withForgedIdToken((claims) =>
      idp.signJwt({ ...claims, iat: hourAgo - 600, exp: hourAgo }),
    );
  });

  it("an ID token with alg none is refused", async () => {
    await withForgedIdToken((claims) => idp.signJwt(claims, "none"));
  });

  it("says whether OIDC is on, and offers RP-initiated logout", async () => {
    expect((await t.app.inject({ url: "/api/v1/auth/oidc" })).json()).toEqual({
      enabled: true,
      localLogin: true,
    });
    const logout = await t.app.inject({ url: "/api/v1/auth/oidc/logout" });
    expect(logout.statusCode).toBe(302);
    expect(String(logout.headers.location)).toMatch(new RegExp(`^${idp.issuer}/session/end`));
  });

  it("admins: a second factor from the provider (amr mfa) counts; without it, administration needs Kurs's own TOTP", async () => {
    const plain = await signIn("c.chefin");
    expect(plain.response.statusCode).toBe(303);
    const plainCookie = sessionCookie(plain.response)?.split(";")[0] ?? "";
    const me = await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie: plainCookie } });
    expect(me.json()).toMatchObject({ user: { role: "admin" }, mfaVerified: false });
    const refused = await t.app.inject({ url: "/api/v1/users", headers: { cookie: plainCookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toMatch(/auth\.secondFactorNeeded$/);

    idp.tamper = (body) => {
      const [, payload = ""] = String(body.id_token).split(".");
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
      return { ...body, id_token: idp.signJwt({ ...claims, amr: ["pwd", "mfa"] }) };
    };
    try {
      const strong = await signIn("c.chefin");
      const cookie = sessionCookie(strong.response)?.split(";")[0] ?? "";
      const users = await t.app.inject({ url: "/api/v1/users", headers: { cookie } });
      expect(users.statusCode).toBe(200);
    } finally {
      idp.tamper = null;
    }
  });
});
