import { connect } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxConceptFileMb } from "../../../contract/concept-import";
import { createTestApp, type TestApp } from "../../../testing/test-app";

type Operation = { method: string; path: string; hasBody: boolean; hasParams: boolean };

/** Every documented route, from the app's own OpenAPI document. */
function operations(spec: {
  paths?: Record<string, Record<string, { requestBody?: unknown; parameters?: { in: string }[] }>>;
}): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      out.push({
        method: method.toUpperCase(),
        path,
        hasBody: Boolean(op.requestBody),
        hasParams: (op.parameters ?? []).some((p) => p.in === "path"),
      });
    }
  }
  return out;
}

const validId = "00000000-0000-4000-8000-000000000000";

/** Text an attacker or an unlucky paste sends: NUL, other controls, lone surrogates. */
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom("a\u0000b", "x\ud800y", "\udfff", "c2\u0008b", "\u001b[31m", "\uffff", "u\u0308"),
  fc
    .tuple(fc.string(), fc.constantFrom("\u0000", "\ud800", "\u0007", "\r\n"), fc.string())
    .map((parts) => parts.join("")),
);
const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

function expectProblem(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}) {
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body).toBeLessThan(500);
  expect(String(response.headers["content-type"])).toContain("application/problem+json");
  const body = JSON.parse(response.body);
  expect(body.status).toBe(response.statusCode);
  expect(typeof body.title).toBe("string");
}

describe("bad requests to every route get problem+json 4xx, never a 500", () => {
  let t: TestApp;
  let ops: Operation[];
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    ops = operations(t.app.swagger() as never);
    // An admin session with second factor and Origin: every route is reachable, so validation runs.
    admin = await t.signIn("admin");
  });
  afterAll(async () => t?.close());

  it("finds the routes in the OpenAPI document", () => {
    expect(ops.length).toBeGreaterThanOrEqual(5);
    expect(ops.filter((o) => o.hasBody).length).toBeGreaterThanOrEqual(2);
  });

  it("malformed path ids → 400 with the parameter named", async () => {
    for (const op of ops.filter((o) => o.hasParams)) {
      for (const bad of [
        "not-a-uuid",
        "1 OR 1=1",
        "../../etc/passwd",
        "%00",
        "'; drop table tenant; --",
      ]) {
        const response = await t.app.inject({
          method: op.method as never,
          url: fill(op.path, bad),
          payload: op.hasBody ? {} : undefined,
          headers: { ...admin },
        });
        expectProblem(response);
        expect(response.statusCode, `${op.method} ${op.path} ${bad}: ${response.body}`).toBe(400);
        expect(response.json().errors[0].path).toMatch(/^params\./);
      }
    }
  });

  it("wrong content type → 415; broken JSON → 400; too large → 413", async () => {
    for (const op of ops.filter((o) => o.hasBody)) {
      const url = fill(op.path, validId);
      const text = await t.app.inject({
        method: op.method as never,
        url,
        payload: "title=x",
        headers: { ...admin, "content-type": "text/plain" },
      });
      expectProblem(text);
      expect(text.statusCode, `${op.method} ${op.path}: ${text.body}`).toBe(415);
      const form = await t.app.inject({
        method: op.method as never,
        url,
        payload: "a=b",
        headers: { ...admin, "content-type": "application/x-www-form-urlencoded" },
      });
      expect(form.statusCode).toBe(415);
      const broken = await t.app.inject({
        method: op.method as never,
        url,
        payload: '{"title": ',
        headers: { ...admin, "content-type": "application/json" },
      });
      expectProblem(broken);
      expect(broken.statusCode).toBe(400);
      const huge = await t.app.inject({
        method: op.method as never,
        url,
        // Above the route's limit: 1 MiB for JSON, more for a concept file (concept/import).
        payload: JSON.stringify({
          title: "x".repeat(
            op.path.includes("/concept/import")
              ? Math.ceil(maxConceptFileMb * 2 ** 20 * 1.5)
              : 2 * 1024 * 1024,
          ),
        }),
        headers: { ...admin, "content-type": "application/json" },
      });
      expectProblem(huge);
      expect(huge.statusCode).toBe(413);
    }
  });

  it("random JSON bodies never cause a 500, and every refusal is a problem", async () => {
    const draft = await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: {},
      headers: { ...admin },
    });
    expect(draft.statusCode).toBe(201);
    const draftId = draft.json().id as string;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops.filter((o) => o.hasBody)),
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              actionFieldId: fc.oneof(fc.uuid(), fc.string()),
              title: fc.oneof(hostileText, fc.integer(), fc.constant(null)),
              name: hostileText,
              description: hostileText,
            },
            { requiredKeys: [] },
          ),
          fc.record(
            { basedOnVersionId: fc.oneof(fc.uuid(), fc.string()), title: hostileText },
            { requiredKeys: [] },
          ),
        ),
        async (op, body) => {
          const response = await t.app.inject({
            method: op.method as never,
            url: fill(op.path, draftId),
            payload: JSON.stringify(body),
            headers: { ...admin, "content-type": "application/json" },
          });
          if (response.statusCode >= 400) expectProblem(response);
          else expect([200, 201, 204]).toContain(response.statusCode);
        },
      ),
      { numRuns: 150, seed: 20261125 },
    );
  });

  it("a 300-character id on every method and route → problem+json", async () => {
    const long = "a".repeat(300);
    const failures: string[] = [];
    for (const op of ops.filter((o) => o.hasParams)) {
      for (const method of [op.method, "GET", "PUT", "PATCH", "POST", "DELETE"]) {
        const response = await t.app.inject({
          method: method as never,
          url: fill(op.path, long),
          payload: method === "GET" || method === "DELETE" ? undefined : {},
          headers: { ...admin },
        });
        const type = String(response.headers["content-type"]);
        if (
          !type.includes("application/problem+json") ||
          response.json().status !== response.statusCode
        )
          failures.push(`${method} ${op.path} → ${response.statusCode} ${type}`);
      }
    }
    expect(failures).toEqual([]);
    const one = await t.app.inject({
      method: "PUT",
      url: `/api/v1/measures/${long}`,
      payload: {},
      headers: { ...admin, "accept-language": "en" },
    });
    expect(one.statusCode).toBe(414);
    expect(one.json().title).toBe("The address is too long.");
  });

  it("connection-level errors (header overflow, broken HTTP) → problem+json on the wire", async () => {
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const port = Number(new URL(address).port);
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => socket.end(request));
        let data = "";
        socket.on("data", (chunk) => {
          data += String(chunk);
        });
        socket.on("close", () => resolve(data));
        socket.on("error", reject);
      });
    const overflow = await raw(
      `GET /api/v1/measures HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(overflow).toMatch(/^HTTP\/1\.1 431/);
    expect(overflow).toContain("application/problem+json");
    expect(JSON.parse(overflow.split("\r\n\r\n")[1] ?? "").status).toBe(431);
    const broken = await raw("NOT HTTP AT ALL\r\n\r\n");
    expect(broken).toMatch(/^HTTP\/1\.1 400/);
    expect(broken).toContain("application/problem+json");
  });

  it("unknown routes and methods → problem 404", async () => {
    for (const [method, url] of [
      ["GET", "/api/v1/nope"],
      ["DELETE", "/api/v1/overview"],
      ["PUT", "/api/v1/concept"],
    ] as const) {
      const response = await t.app.inject({ method, url });
      expectProblem(response);
      expect(response.statusCode).toBe(404);
    }
  });

  it("answers in English when asked, German by default", async () => {
    const de = await t.app.inject({ url: "/api/v1/concept/versions/x" });
    const en = await t.app.inject({
      url: "/api/v1/concept/versions/x",
      headers: { "accept-language": "en-GB,en;q=0.8" },
    });
    expect(de.json().title).toBe("Die Eingabe ist ungültig.");
    expect(en.json().title).toBe("The input is invalid.");
    expect(en.json().errors[0].message).toBe("Expected a valid identifier (UUID).");
  });
});
