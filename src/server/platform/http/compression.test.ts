import { randomUUID } from "node:crypto";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInCommittee, concept, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { compressionThreshold } from "./compression";

/**
 * API answers above the threshold are compressed as the client accepts (http/compression.ts);
 * the idempotency hook stores the answer before it is compressed, so a replay decodes to the
 * same body.
 */
describe("compressed API answers", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    // A concept long enough to be compressed: four fields, each with three goals of three
    // recommendations.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    const goals = (field: number) =>
      [1, 2, 3].map((g) => ({
        title: `Ziel ${field}.${g}: Teilhabe an Bildung, Arbeit und Gesellschaft stärken`,
        recommendations: [1, 2, 3].map(
          (r) => `Empfehlung ${field}.${g}.${r}: Angebote vor Ort bekannt machen und ausbauen`,
        ),
      }));
    await concept(scope, {
      committeeId: council.id,
      fields: [1, 2, 3, 4].map((f) => ({ title: `Handlungsfeld ${f}`, goals: goals(f) })),
    });
  });
  afterAll(async () => t?.close());

  const decode = (encoding: string | undefined, raw: Buffer) =>
    encoding === "br"
      ? brotliDecompressSync(raw).toString("utf8")
      : encoding === "gzip"
        ? gunzipSync(raw).toString("utf8")
        : raw.toString("utf8");

  it("sends a long answer (the concept) as brotli or gzip, decoding to the same JSON as uncompressed", async () => {
    const plain = await t.app.inject({ url: "/api/v1/concept", headers: editor });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(compressionThreshold);
    for (const encoding of ["br", "gzip"]) {
      const packed = await t.app.inject({
        url: "/api/v1/concept",
        headers: { ...editor, "accept-encoding": encoding },
      });
      expect(packed.headers["content-encoding"]).toBe(encoding);
      expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length);
      expect(JSON.parse(decode(encoding, packed.rawPayload))).toEqual(plain.json());
    }
  });

  it("leaves small answers as they are", async () => {
    const small = await t.app.inject({
      url: "/api/health",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  it("a replayed create decodes to the first answer (the answer is stored uncompressed)", async () => {
    const [type] = await t.database.query<{ id: string }>(
      "select id from measure_type order by name limit 1",
    );
    const [recommendation] = await t.database.query<{ id: string }>(
      "select r.id from recommendation r join concept_version v on v.id = r.concept_version_id where v.status = 'adopted' limit 1",
    );
    const body = {
      title: "Sprachcafé mit langer Beschreibung",
      // Long enough that the created measure's answer is above the threshold.
      description: "Ehrenamtliche treffen Neuzugewanderte zum Gespräch. ".repeat(40),
      measureTypeId: type?.id,
      recommendationIds: [recommendation?.id],
    };
    const headers = { ...editor, "idempotency-key": randomUUID(), "accept-encoding": "br" };
    const first = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      payload: body,
      headers,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers["content-encoding"]).toBe("br");
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      payload: body,
      headers,
    });
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    const firstJson = JSON.parse(decode("br", first.rawPayload));
    expect(
      JSON.parse(decode(again.headers["content-encoding"] as string, again.rawPayload)),
    ).toEqual(firstJson);
    expect(firstJson.title).toBe(body.title);
  });
});
