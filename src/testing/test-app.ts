import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../server/app";
import { createUser } from "../server/platform/auth/accounts";
import type { OidcConfig } from "../server/platform/auth/oidc/config";
import { base32Decode, totp } from "../server/platform/auth/totp";
import type { Role } from "../server/platform/db/schema";
import { tenantDb } from "../server/platform/db/tenant-scope";
import { resolveDefaultTenant } from "../server/platform/tenancy/request-context";
import { county } from "./factories";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** What app.inject sends as Host, so this is the origin the CSRF check accepts. */
export const testOrigin = "http://localhost:80";
export const testPassword = "Kurs-Testpasswort-2026!";
/** The name and slug of the empty county a test app without the seed has. */
export const testCountyName = "Landkreis Test";
export const testCountySlug = "testkreis";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  tenantId: string;
  /**
   * Creates an account with this role, signs in and returns headers (cookie + Origin). Admins
   * also enrol TOTP, so their session may administer.
   */
  signIn(role: Role): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export function sessionCookieFrom(setCookie: string | string[] | undefined): string {
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const pair = raw?.split(";")[0];
  if (!pair) throw new Error("no session cookie in response");
  return pair;
}

/**
 * The API on a fresh test database, for `app.inject` tests: seeded with the Rotenburg case, or
 * with `seeded: false` one empty county of its own (no concept, committees or funds: the test
 * creates what it needs through testing/factories.ts).
 */
export async function createTestApp(
  options: {
    seeded?: boolean;
    now?: () => number;
    loginRateLimit?: number;
    oidc?: OidcConfig;
    localLogin?: boolean;
    /** The OParl fixture server runs on 127.0.0.1. */
    oparlAllowPrivateNetworks?: boolean;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(options);
  const app = await buildApp({
    database,
    now: options.now,
    loginRateLimit: options.loginRateLimit ?? 1000,
    rateLimit: { read: 100_000, write: 100_000 },
    oidc: options.oidc ?? null,
    localLogin: options.localLogin ?? true,
    oparlAllowPrivateNetworks: options.oparlAllowPrivateNetworks ?? false,
  });
  await app.ready();
  if (options.seeded === false)
    await county(database, { slug: testCountySlug, name: testCountyName });
  const tenantId = (await resolveDefaultTenant(database.db)) ?? "";
  return {
    app,
    database,
    tenantId,
    signIn: async (role) => {
      const email = `${role}-${randomBytes(4).toString("hex")}@example.org`;
      await createUser(
        tenantDb(database.db, tenantId),
        { email, role, password: testPassword },
        { actor: "test" },
      );
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email, password: testPassword },
        headers: { origin: testOrigin },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const headers = {
        cookie: sessionCookieFrom(response.headers["set-cookie"]),
        origin: testOrigin,
      };
      if (role === "admin") {
        // Admins need a second factor for administration: enrol and confirm TOTP in this session.
        const start = await app.inject({ method: "POST", url: "/api/v1/auth/totp/start", headers });
        const secret = start.json<{ secret: string }>().secret;
        const code = totp(base32Decode(secret), (options.now ?? Date.now)());
        const confirm = await app.inject({
          method: "POST",
          url: "/api/v1/auth/totp/confirm",
          payload: { code },
          headers,
        });
        if (confirm.statusCode !== 200) throw new Error(`totp confirm failed: ${confirm.body}`);
      }
      return headers;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
