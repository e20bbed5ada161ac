import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { county } from "../../../testing/factories";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import { buildApp } from "../../app";

describe("rate limits per client address", () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: false });
    await county(database, { slug: "ratenkreis" });
    app = await buildApp({ database, rateLimit: { read: 30, write: 5 } });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("answers 429 problem+json above the read limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++)
      statuses.push((await app.inject({ url: "/api/v1/overview" })).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    const limited = await app.inject({ url: "/api/v1/concept" });
    expect(limited.headers["content-type"]).toContain("application/problem+json");
    expect(limited.headers["retry-after"]).toBeDefined();
  });

  it("counts writes separately and more strictly", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/concept/versions",
        payload: {},
        headers: { origin: "http://localhost:80" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
