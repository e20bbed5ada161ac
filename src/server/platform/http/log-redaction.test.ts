import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import { buildApp } from "../../app";
import { redactValues, safeError } from "./log-redaction";

const secret = "Frau Mustermann, Zimmer 4711";

describe("error logs hold no request parameters and no SQL values", () => {
  it("a failed query keeps its SQL, not its parameters", () => {
    const cause = Object.assign(new Error(`invalid input syntax for type uuid: "${secret}"`), {
      code: "22P02",
      severity: "ERROR",
      detail: `Key (name)=(${secret}) already exists.`,
    });
    const error = new DrizzleQueryError("select * from measure where title = $1", [secret], cause);
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain("select * from measure where title = $1");
    expect(logged).toContain("22P02");
    expect(logged).not.toContain("Mustermann");
  });

  it("redacts quoted values and key values in database messages", () => {
    expect(redactValues(`Key (name)=(${secret}) already exists`)).toBe(
      "Key (name)=(…) already exists",
    );
    expect(redactValues(`invalid input syntax for type integer: "${secret}"`)).toBe(
      'invalid input syntax for type integer: "…"',
    );
  });

  describe("through the app's logger", () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    let database: TestDatabase;
    let app: Awaited<ReturnType<typeof buildApp>>;
    beforeAll(async () => {
      database = await createTestDatabase({ seeded: false });
      app = await buildApp({ database, logger: { level: "info", stream } });
      app.get("/probe-failure", async (request) => {
        const query = (request.query as { q?: string }).q ?? "";
        throw new DrizzleQueryError("select $1::uuid", [query], new Error(`bad "${query}"`));
      });
      await app.ready();
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    it("logs the 500 with its error id, without the query string or the parameter", async () => {
      const response = await app.inject({ url: `/probe-failure?q=${encodeURIComponent(secret)}` });
      expect(response.statusCode).toBe(500);
      const log = lines.join("");
      expect(log).toContain("unhandled error");
      expect(log).toContain("select $1::uuid");
      expect(log).not.toContain("Mustermann");
      expect(log).not.toContain(encodeURIComponent(secret));
    });
  });
});
