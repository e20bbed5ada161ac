import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { and, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../../../domain/errors";
import { idempotentRequest } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";

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
    /** Set when this request holds the claim on its Idempotency-Key (and its unfenced scope). */
    idempotencyClaim: { route: string; key: string; claimedAt: string; scope: TenantDb } | null;
  }
}

const idempotencyHeader = "idempotency-key";
const keyPattern = /^[\x21-\x7e]{1,200}$/;
/** How long a second request waits for the first one with its key (then 409, try again). */
const waitMs = 15_000;
const pollMs = 40;
/**
 * A claim this old whose request never finished (process died) may be taken over — but only if
 * its work never committed; if it did, the outcome is unknown and a retry is refused (409).
 */
const staleClaimSeconds = 120;
/** Keys are kept this long; older ones are deleted (deleteExpiredKeys). */
const keyLifetimeHours = 24;
/** How often one app deletes expired keys of a county, at most. */
const cleanupEveryMs = 10 * 60_000;

/** SHA-256 over who asks, which route, its path parameters and the validated body. */
function requestHashOf(actor: string, params: unknown, body: unknown): string {
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
/** The claim a request holds: its key, and the claim's time as its fencing token. */
type Claim = { route: string; key: string; claimedAt: string };

function claimWhere(tenantId: string, claim: { route: string; key: string }) {
  return and(
    eq(idempotentRequest.tenantId, tenantId),
    eq(idempotentRequest.route, claim.route),
    eq(idempotentRequest.key, claim.key),
  );
}

/**
 * Deletes the county's keys claimed more than `keyLifetimeHours` ago; a retry after that is a new
 * request. Runs now and then after a claim (cleanupIfDue); returns how many keys went.
 */
export async function deleteExpiredKeys(scope: TenantDb, hours = keyLifetimeHours) {
  return scope.transaction(async (tx) => {
    const gone = await tx
      .delete(idempotentRequest)
      .where(
        and(
          eq(idempotentRequest.tenantId, scope.tenantId),
          lt(idempotentRequest.claimedAt, sql`now() - make_interval(hours => ${hours})`),
        ),
      )
      .returning({ key: idempotentRequest.key });
    return gone.length;
  });
}

/**
 * `lastCleanup` (county → time) belongs to one app (registerIdempotency), not to the module: two
 * apps in one process (tests sharing a module graph, each on its own database with the same
 * county id) must not skip each other's cleanup.
 */
async function cleanupIfDue(request: FastifyRequest, lastCleanup: Map<string, number>) {
  const now = Date.now();
  if (now - (lastCleanup.get(request.tenantId) ?? 0) < cleanupEveryMs) return;
  lastCleanup.set(request.tenantId, now);
  try {
    await deleteExpiredKeys(request.tenantDb);
  } catch (error) {
    request.log.warn({ err: error }, "idempotency: expired keys not deleted");
  }
}

/**
 * The request's database scope while it holds a claim: every transaction that commits also
 * marks the claim's work as committed (completed_at), in the same transaction — so a stale claim
 * tells whether its create happened. If the claim was taken over meanwhile (its time changed),
 * the transaction is refused and rolls back: two requests never both create.
 */
function fencedScope(scope: TenantDb, claim: Claim): TenantDb {
  return {
    tenantId: scope.tenantId,
    transaction: (work) =>
      scope.transaction(async (tx) => {
        const result = await work(tx);
        const marked = await tx
          .update(idempotentRequest)
          .set({ completedAt: sql`now()` })
          .where(
            and(
              claimWhere(scope.tenantId, claim),
              eq(idempotentRequest.claimedAt, claim.claimedAt),
              isNull(idempotentRequest.statusCode),
            ),
          )
          .returning({ key: idempotentRequest.key });
        if (marked.length === 0) throw new DomainError("conflict", "idempotency.inProgress");
        return result;
      }),
  };
}

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
): Promise<Replay | Claim> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const outcome = await request.tenantDb.transaction(async (tx) => {
      const [claimed] = await tx
        .insert(idempotentRequest)
        .values({ tenantId: request.tenantId, route, key, requestHash: hash })
        .onConflictDoNothing()
        .returning({ claimedAt: idempotentRequest.claimedAt });
      if (claimed) return { route, key, claimedAt: claimed.claimedAt } satisfies Claim;
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
      const stale = sql`now() - make_interval(secs => ${staleClaimSeconds})`;
      // Still working; take over only a claim whose request evidently died before its work
      // committed. Its time changes, so the old request, should it live on, cannot commit.
      const [taken] = await tx
        .update(idempotentRequest)
        .set({ claimedAt: sql`now()` })
        .where(
          and(
            claimWhere(request.tenantId, { route, key }),
            isNull(idempotentRequest.statusCode),
            isNull(idempotentRequest.completedAt),
            lt(idempotentRequest.claimedAt, stale),
          ),
        )
        .returning({ claimedAt: idempotentRequest.claimedAt });
      if (taken) return { route, key, claimedAt: taken.claimedAt } satisfies Claim;
      // The work committed but its answer was never stored (the process died in between):
      // running it again could create twice, so the outcome is reported as unknown.
      const [lost] = await tx
        .select({ key: idempotentRequest.key })
        .from(idempotentRequest)
        .where(
          and(
            claimWhere(request.tenantId, { route, key }),
            isNull(idempotentRequest.statusCode),
            isNotNull(idempotentRequest.completedAt),
            lt(idempotentRequest.claimedAt, stale),
          ),
        );
      if (lost) throw new DomainError("conflict", "idempotency.outcomeUnknown");
      return "wait" as const;
    });
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
  scope: TenantDb,
  claim: Claim,
  statusCode: number,
  payload: unknown,
): Promise<void> {
  const where = and(
    claimWhere(scope.tenantId, claim),
    eq(idempotentRequest.claimedAt, claim.claimedAt),
  );
  await scope.transaction(async (tx) => {
    if (statusCode >= 200 && statusCode < 300) {
      const response = typeof payload === "string" && payload !== "" ? parseJson(payload) : null;
      await tx
        .update(idempotentRequest)
        .set({ statusCode, response, completedAt: sql`now()` })
        .where(where);
    } else if (statusCode < 500) {
      // A refusal wrote nothing (its transaction rolled back): free the key for the corrected
      // request.
      await tx.delete(idempotentRequest).where(where);
    } else {
      // A server error: free the key only if no work of this request committed.
      await tx.delete(idempotentRequest).where(and(where, isNull(idempotentRequest.completedAt)));
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
  const lastCleanup = new Map<string, number>();
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
    const outcome = await claimOrReplay(request, route, key, hash);
    if ("statusCode" in outcome) {
      return reply
        .code(outcome.statusCode)
        .header("idempotent-replayed", "true")
        .send(outcome.response);
    }
    await cleanupIfDue(request, lastCleanup);
    request.idempotencyClaim = { ...outcome, scope: request.tenantDb };
    request.tenantDb = fencedScope(request.tenantDb, outcome);
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = null;
    try {
      await settle(claim.scope, claim, reply.statusCode, payload);
    } catch (error) {
      // The work is done and answered; a later retry waits, then may take the claim over.
      request.log.error({ err: error, key: claim.key }, "idempotency: answer not stored");
    }
    return payload;
  });
}
