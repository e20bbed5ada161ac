import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * Findings 3 and 4: NUL, other control characters and lone surrogates in every writable
 * text field and every query parameter of the OpenAPI document are refused field by field (400
 * naming the field), never a 500; accepted text is stored in NFC with "\n" line breaks.
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const someId = "00000000-0000-4000-8000-000000000000";
const payloads = { nul: "a\u0000b", surrogate: "x\ud800y", backspace: "c2\u0008b" };

/** Paths (as lists of keys) to every string inside a schema, one level of arrays deep. */
function stringPaths(spec: Spec, schema: Schema | undefined, depth = 0): string[][] {
  if (!schema || depth > 4) return [];
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop() ?? "";
    return stringPaths(spec, spec.components?.schemas?.[name], depth + 1);
  }
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (variants.length > 0) {
    const all = variants.flatMap((v) => stringPaths(spec, v, depth + 1));
    const seen = new Set<string>();
    return all.filter((p) => !seen.has(p.join("/")) && seen.add(p.join("/")));
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("string")) return [[]];
  if (schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, child]) =>
      stringPaths(spec, child, depth + 1).map((rest) => [key, ...rest]),
    );
  }
  if (schema.items) return stringPaths(spec, schema.items, depth + 1).map((rest) => ["0", ...rest]);
  return [];
}

function bodyWith(path: string[], value: string): unknown {
  if (path.length === 0) return value;
  const [head = "", ...rest] = path;
  if (head === "0") return [bodyWith(rest, value)];
  return { [head]: bodyWith(rest, value) };
}

describe("text hygiene at the edge: every text field and query parameter", () => {
  let t: TestApp;
  let spec: Spec;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    spec = (await t.app.inject({ url: "/api/openapi.json" })).json<Spec>();
    admin = await t.signIn("admin");
  });
  afterAll(async () => t?.close());

  /** Path parameters filled with a valid value, so that validation reaches the body. */
  const fill = (path: string, op?: Operation) =>
    path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const parameter = op?.parameters?.find((p) => p.in === "path" && p.name === name);
      const allowed = (parameter?.schema as { enum?: string[] } | undefined)?.enum;
      return allowed?.[0] ?? someId;
    });

  it("NUL, control characters and lone surrogates in a body field → 400 naming that field", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const schema = op.requestBody?.content?.["application/json"]?.schema;
        for (const field of stringPaths(spec, schema)) {
          for (const [kind, bad] of Object.entries(payloads)) {
            checked++;
            const response = await t.app.inject({
              method: method.toUpperCase() as never,
              url: fill(path, op),
              payload: JSON.stringify(bodyWith(field, bad)),
              headers: { ...admin, "content-type": "application/json" },
            });
            const expected = field.join(".");
            const named =
              response.statusCode === 400 &&
              String(response.headers["content-type"]).includes("problem+json") &&
              (response.json().errors as { path: string; message: string }[]).some(
                (e) => e.path === expected && /Steuerzeichen|ungültiges Zeichen/.test(e.message),
              );
            if (!named)
              failures.push(
                `${method} ${path} ${expected} ${kind} → ${response.statusCode} ${response.body.slice(0, 200)}`,
              );
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  it("NUL and control characters in a query parameter → 400 naming it, anonymously too", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const parameter of (op.parameters ?? []).filter((p) => p.in === "query")) {
          for (const headers of [admin, {}]) {
            for (const bad of ["%00", "a%08b", "%1B%5B31m"]) {
              checked++;
              const response = await t.app.inject({
                method: method.toUpperCase() as never,
                url: `${fill(path, op)}?${parameter.name}=${bad}`,
                headers,
              });
              if (response.statusCode >= 500)
                failures.push(
                  `${method} ${path}?${parameter.name}=${bad} → ${response.statusCode}`,
                );
              if (response.statusCode === 400) {
                const paths = (response.json().errors ?? []).map((e: { path: string }) => e.path);
                if (!paths.includes(`query.${parameter.name}`))
                  failures.push(`${method} ${path}?${parameter.name}=${bad}: ${paths.join(",")}`);
              } else if (response.statusCode < 400) {
                failures.push(
                  `${method} ${path}?${parameter.name}=${bad} accepted: ${response.statusCode}`,
                );
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it("the reported attacks: partner name with a lone surrogate, measure search with NUL", async () => {
    const partner = await t.app.inject({
      method: "POST",
      url: "/api/v1/partners",
      payload: '{"name":"x\\ud800y","kind":"other"}',
      headers: { ...admin, "content-type": "application/json" },
    });
    expect(partner.statusCode, partner.body).toBe(400);
    expect(partner.json().errors).toContainEqual({
      path: "name",
      message: "Enthält ein ungültiges Zeichen (ein halbes Unicode-Zeichenpaar).",
    });
    const english = await t.app.inject({
      url: "/api/v1/measures?q=%00",
      headers: { "accept-language": "en" },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json().errors).toEqual([
      {
        path: "query.q",
        message: "Contains a control character (e.g. NUL); only tab and line break are allowed.",
      },
    ]);
  });

  it("accepted text is stored as NFC with \\n line breaks; tab stays", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/partners",
      payload: { name: "Bu\u0308ro\tKreis\r\nNord", kind: "other" },
      headers: admin,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().name).toBe("B\u00fcro\tKreis\nNord");
    const list = await t.app.inject({ url: "/api/v1/partners", headers: admin });
    expect(JSON.stringify(list.json())).toContain("B\u00fcro\\tKreis\\nNord");
  });
});
