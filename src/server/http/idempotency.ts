import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../../domain/errors";
import { idempotentRequest } from "../db/schema";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * A create route: an `Idempotency-Key` header makes it answer a repeated request with the
     * first answer instead of creating again (registerIdempotency). "own" marks a route that
     * keeps its key itself (bookings: checked under the fund's lock).
     */
    idempotent?: true | "own";
  }
  interface FastifyRequest {
    /** Set when this request holds the claim on its Idempotency-Key. */
    idempotencyClaim: { route: string; key: string } | null;
  }
}

export const idempotencyHeader = "idempotency-key";
const keyPattern = /^[\x21-\x7e]{1,200}$/;
/** How long a second request waits for the first one with its key (then 409, try again). */
const waitMs = 15_000;
const pollMs = 40;
/** A claim this old whose request never finished (process died) may be taken over. */
const staleClaimSeconds = 120;

/** SHA-256 over who asks, which route, its path parameters and the validated body. */
export function requestHashOf(actor: string, params: unknown, body: unknown): string {
  return createHash("sha256")
    .update(canonicalJson({ actor, params: params ?? null, body: body ?? null }))
    .digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function keyOf(request: FastifyRequest): string | null {
  const raw = request.headers[idempotencyHeader];
  if (raw === undefined) return null;
  const key = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (!keyPattern.test(key))
    throw new DomainError("invalid", "idempotency.keyInvalid", {}, `headers.${idempotencyHeader}`);
  return key;
}

type Replay = { statusCode: number; response: unknown };

/**
 * Claims the key for this request, or returns the first answer of an earlier request with it.
 * The claim is its own short transaction (INSERT … ON CONFLICT DO NOTHING), so a second request
 * with the same key never creates: it waits for the first answer or, after a failure of the
 * first, takes the claim over.
 */
async function claimOrReplay(
  request: FastifyRequest,
  route: string,
  key: string,
  hash: string,
): Promise<Replay | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const outcome = await request.tenantDb.transaction(async (tx) => {
      const claimed = await tx
        .insert(idempotentRequest)
        .values({ tenantId: request.tenantId, route, key, requestHash: hash })
        .onConflictDoNothing()
        .returning({ key: idempotentRequest.key });
      if (claimed.length > 0) return "claimed" as const;
      const [earlier] = await tx
        .select()
        .from(idempotentRequest)
        .where(
          and(
            eq(idempotentRequest.tenantId, request.tenantId),
            eq(idempotentRequest.route, route),
            eq(idempotentRequest.key, key),
          ),
        );
      if (!earlier) return "retry" as const; // released between our insert and select
      if (earlier.requestHash !== hash) throw new DomainError("conflict", "idempotency.keyReused");
      if (earlier.statusCode !== null)
        return { statusCode: earlier.statusCode, response: earlier.response } satisfies Replay;
      // Still working; take over only a claim whose request evidently died.
      const taken = await tx
        .update(idempotentRequest)
        .set({ claimedAt: sql`now()` })
        .where(
          and(
            eq(idempotentRequest.tenantId, request.tenantId),
            eq(idempotentRequest.route, route),
            eq(idempotentRequest.key, key),
            isNull(idempotentRequest.statusCode),
            lt(
              idempotentRequest.claimedAt,
              sql`now() - make_interval(secs => ${staleClaimSeconds})`,
            ),
          ),
        )
        .returning({ key: idempotentRequest.key });
      return taken.length > 0 ? ("claimed" as const) : ("wait" as const);
    });
    if (outcome === "claimed") return null;
    if (typeof outcome === "object") return outcome;
    if (Date.now() > deadline) throw new DomainError("conflict", "idempotency.inProgress");
    if (outcome === "wait") await sleep(pollMs);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function settle(
  request: FastifyRequest,
  claim: { route: string; key: string },
  statusCode: number,
  payload: unknown,
): Promise<void> {
  const where = and(
    eq(idempotentRequest.tenantId, request.tenantId),
    eq(idempotentRequest.route, claim.route),
    eq(idempotentRequest.key, claim.key),
  );
  await request.tenantDb.transaction(async (tx) => {
    if (statusCode >= 200 && statusCode < 300) {
      const response = typeof payload === "string" && payload !== "" ? parseJson(payload) : null;
      await tx
        .update(idempotentRequest)
        .set({ statusCode, response, completedAt: sql`now()` })
        .where(where);
    } else {
      // A refusal wrote nothing: free the key so the corrected request may use it.
      await tx.delete(idempotentRequest).where(where);
    }
  });
}

/**
 * The one idempotency mechanism for every create route (route config `idempotent: true`):
 * with an `Idempotency-Key` header, the same key and the same body give the first answer
 * again (header `Idempotent-Replayed: true`) and create nothing; the same key with another
 * body is refused with 409. Runs after authorisation and validation, so the hash covers the
 * validated body. Without the header a route behaves as before.
 */
export function registerIdempotency(
  app: FastifyInstance,
  createRoutes: Map<string, true | "own" | undefined>,
): void {
  app.decorateRequest("idempotencyClaim", null);
  // Every route that answers 201 Created, and whether it takes an Idempotency-Key (a test
  // checks that none is forgotten).
  app.addHook("onRoute", (route) => {
    const response = (route.schema?.response ?? {}) as Record<string, unknown>;
    if (!("201" in response)) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      createRoutes.set(`${method} ${route.url}`, route.config?.idempotent);
  });
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST" || request.routeOptions.config.idempotent !== true) return;
    const key = keyOf(request);
    if (!key) return;
    const route = `${request.method} ${request.routeOptions.url}`;
    const hash = requestHashOf(request.actor.actor, request.params, request.body);
    const replay = await claimOrReplay(request, route, key, hash);
    if (replay) {
      return reply
        .code(replay.statusCode)
        .header("idempotent-replayed", "true")
        .send(replay.response);
    }
    request.idempotencyClaim = { route, key };
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = null;
    try {
      await settle(request, claim, reply.statusCode, payload);
    } catch (error) {
      // The work is done and answered; a later retry waits, then may take the claim over.
      request.log.error({ err: error, key: claim.key }, "idempotency: answer not stored");
    }
    return payload;
  });
}
