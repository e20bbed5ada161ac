import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, {
  type FastifyInstance,
  type FastifySchema,
  type FastifyServerOptions,
} from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
} from "fastify-type-provider-zod";
import { capacityRoutes } from "./features/capacity/routes";
import { conceptImportRoutes } from "./features/concept/import/routes";
import { conceptRoutes } from "./features/concept/routes";
import { councilRoutes } from "./features/council/routes";
import { paperDeadlineRoutes } from "./features/deadlines/routes";
import { followUpRoutes } from "./features/follow-ups/routes";
import { applicationFileRoutes } from "./features/grants/application-file-routes";
import { applicationLinkRoutes } from "./features/grants/application-link-routes";
import { reclaimLetterRoutes } from "./features/grants/reclaim-letter-routes";
import { grantRoutes } from "./features/grants/routes";
// Indicators (Kennzahlen)
import { indicatorImportRoutes } from "./features/indicators/import-routes";
import { indicatorLinkRoutes } from "./features/indicators/link-routes";
import { indicatorRoutes } from "./features/indicators/routes";
import { paymentImportRoutes } from "./features/ledger/payment-import-routes";
import { ledgerReportRoutes } from "./features/ledger/report-routes";
import { ledgerRoutes } from "./features/ledger/routes";
import { legalRoutes } from "./features/legal/routes";
import { measureImportRoutes } from "./features/measures/import-routes";
import { measureRoutes } from "./features/measures/routes";
import { measureViewRoutes } from "./features/measures/view-routes";
import { partnerRoutes } from "./features/partners/routes";
import { resolutionRoutes } from "./features/resolutions/routes";
import { getTimeline } from "./features/resolutions/timeline-service";
import { countySettingsRoutes } from "./features/tenant-settings/routes";
import { userRoutes } from "./features/users/routes";
import { auditRoutes } from "./platform/audit/routes";
import { oidcClient } from "./platform/auth/oidc/client";
import type { OidcConfig } from "./platform/auth/oidc/config";
import { oidcRoutes } from "./platform/auth/oidc/routes";
import type { Permission } from "./platform/auth/permissions";
import { registerAuth } from "./platform/auth/plugin";
import { authRoutes } from "./platform/auth/routes";
import { accessTokenRoutes } from "./platform/auth/token-routes";
import type { Database } from "./platform/db/database";
import { healthRoutes } from "./platform/health/routes";
import { registerCompression } from "./platform/http/compression";
import { registerIdempotency } from "./platform/http/idempotency";
import { withSafeLogging } from "./platform/http/log-redaction";
import {
  clientErrorHandler,
  frameworkErrors,
  registerProblemHandlers,
} from "./platform/http/problem";
import { validatorCompiler } from "./platform/http/zod-validator";
import { municipalityRoutes } from "./platform/tenancy/municipalities";
import { registerReplicaRouting } from "./platform/tenancy/replica-routing";
import { registerRequestContext, resolveDefaultTenant } from "./platform/tenancy/request-context";
import { calendarAccountRoutes, calendarFeedRoutes } from "./read-models/calendar/routes";
import { committeeReportRoutes } from "./read-models/committee-reports/routes";
import { getCommitteeDetail, getMeetingDetail } from "./read-models/council-pages/service";
import { myTaskRoutes } from "./read-models/my-tasks/routes";
import { oparlRoutes } from "./read-models/oparl/routes";
import { oparlSyncRoutes } from "./read-models/oparl/sync-routes";
import { overviewRoutes } from "./read-models/overview/routes";
import {
  draftPaperFromConceptVersion,
  draftPaperFromFund,
  draftPaperFromReport,
} from "./read-models/paper-drafts/service";
import { publicSiteRoutes } from "./read-models/public-site/routes";

export interface AppOptions {
  database: Database;
  /** Folder of the built web app (index.html); omitted in API-only tests. */
  webRoot?: string | null;
  logger?: FastifyServerOptions["logger"];
  tenantSlug?: string;
  /** True when served over TLS (sets HSTS and Secure cookies). */
  behindTls?: boolean;
  /** Trust X-Forwarded-* from a reverse proxy. */
  trustProxy?: boolean;
  /** Further origins allowed to send writes. */
  allowedOrigins?: string[];
  /** The clock for sessions and throttling (tests pass a fake one). */
  now?: () => number;
  /** Sign-in attempts per minute and client address (default 20). */
  loginRateLimit?: number;
  /** API requests per minute and client address: reads and writes (defaults 1200 and 120). */
  rateLimit?: { read: number; write: number };
  /** A streaming-replication standby for anonymous read-only routes (DATABASE_REPLICA_URL). */
  replica?: Database | null;
  /** Sign-in through the county's identity provider (KURS_OIDC_*); null or omitted: none. */
  oidc?: OidcConfig | null;
  /** False with KURS_LOCAL_LOGIN=0: passwords only for the break-glass admin. */
  localLogin?: boolean;
  /** The OParl address may be in loopback or private networks (tests; KURS_OPARL_ALLOW_PRIVATE). */
  oparlAllowPrivateNetworks?: boolean;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every /api/v1 route ("METHOD /url") and the permission it requires. */
    routePermissions: Map<string, Permission | undefined>;
    /** Every /api/v1 route that answers 201 and its `idempotent` setting (http/idempotency.ts). */
    createRoutes: Map<string, true | "own" | undefined>;
    /** Every /api/v1 route ("METHOD /url") and its schemas, to compare with the route table. */
    apiRouteSchemas: Map<string, FastifySchema | undefined>;
  }
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,100}$/;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database } = options;
  const app = Fastify({
    logger: withSafeLogging(options.logger),
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && requestIdPattern.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // Fastify's own early refusals (414, bad URL, client errors) as problem+json too.
    frameworkErrors,
    clientErrorHandler,
    requestTimeout: 120_000,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: anything else is answered 415.
  app.removeContentTypeParser("text/plain");
  registerProblemHandlers(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: options.behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });

  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("x-request-id", request.id);
    if (request.url.startsWith("/api/") && !reply.hasHeader("cache-control")) {
      reply.header("cache-control", "no-store");
    }
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Kurs API",
        description:
          "Steuerung des Integrationskonzepts eines Landkreises. Fehler als RFC 9457 problem+json.",
        version: "1",
      },
      servers: [],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () =>
    schemasByName(app.swagger()),
  );

  let tenantId: string | null = null;
  const currentTenant = async () => {
    tenantId ??= await resolveDefaultTenant(database.db, options.tenantSlug);
    if (!tenantId) throw Object.assign(new Error("no tenant"), { statusCode: 503 });
    return tenantId;
  };

  const now = options.now ?? Date.now;
  const routePermissions = new Map<string, Permission | undefined>();
  app.decorate("routePermissions", routePermissions);
  const createRoutes = new Map<string, true | "own" | undefined>();
  app.decorate("createRoutes", createRoutes);
  const apiRouteSchemas = new Map<string, FastifySchema | undefined>();
  app.decorate("apiRouteSchemas", apiRouteSchemas);
  const behindTls = options.behindTls ?? false;
  const limits = options.rateLimit ?? { read: 1200, write: 120 };
  const isRead = (method: string) => method === "GET" || method === "HEAD" || method === "OPTIONS";
  await app.register(rateLimit, {
    global: true,
    timeWindow: "1 minute",
    max: (request) => (isRead(request.method) ? limits.read : limits.write),
    keyGenerator: (request) => `${request.ip}:${isRead(request.method) ? "r" : "w"}`,
    allowList: (request) => !request.url.startsWith("/api/") && !request.url.startsWith("/oparl/"),
  });
  await app.register(healthRoutes(database), { prefix: "/api" });
  await app.register(
    async (api) => {
      api.addHook("onRoute", (route) => {
        for (const method of [route.method].flat()) {
          if (method !== "HEAD") apiRouteSchemas.set(`${method} ${route.url}`, route.schema);
        }
      });
      registerRequestContext(api, database.db, currentTenant);
      await registerAuth(api, {
        db: database.db,
        now,
        behindTls,
        allowedOrigins: options.allowedOrigins ?? [],
        routePermissions,
      });
      registerReplicaRouting(api, options.replica ?? null);
      registerIdempotency(api, createRoutes);
      // Before the routes: it hooks every route registered after it (http/compression.ts).
      await registerCompression(api);
      await api.register(
        authRoutes({
          now,
          behindTls,
          issuer: "Kurs",
          loginRateLimit: options.loginRateLimit ?? 20,
          localLogin: options.localLogin ?? true,
        }),
      );
      await api.register(
        oidcRoutes({
          config: options.oidc ?? null,
          client: options.oidc ? oidcClient(options.oidc) : null,
          localLogin: options.localLogin ?? true,
          now,
          behindTls,
        }),
      );
      await api.register(accessTokenRoutes({ now }));
      await api.register(userRoutes({ now }));
      await api.register(auditRoutes());
      await api.register(overviewRoutes(database));
      await api.register(conceptRoutes({ timeline: getTimeline }));
      await api.register(conceptImportRoutes());
      await api.register(measureImportRoutes());
      await api.register(measureRoutes());
      await api.register(partnerRoutes());
      await api.register(measureViewRoutes());
      await api.register(capacityRoutes());
      await api.register(
        councilRoutes({
          committeeDetail: getCommitteeDetail,
          meetingDetail: getMeetingDetail,
          draftFromFund: draftPaperFromFund,
          draftFromConceptVersion: draftPaperFromConceptVersion,
          draftFromReport: draftPaperFromReport,
        }),
      );
      await api.register(resolutionRoutes());
      await api.register(followUpRoutes());
      await api.register(calendarAccountRoutes());
      await api.register(paperDeadlineRoutes());
      await api.register(
        oparlSyncRoutes({ allowPrivateNetworks: options.oparlAllowPrivateNetworks ?? false }),
      );
      await api.register(ledgerRoutes());
      await api.register(legalRoutes());
      await api.register(countySettingsRoutes(database.db));
      await api.register(municipalityRoutes());
      await api.register(ledgerReportRoutes());
      await api.register(paymentImportRoutes());
      // committee reports
      // The report reads grant figures through this (committee-reports does not import grants/).
      await api.register(committeeReportRoutes);
      await api.register(indicatorImportRoutes());
      await api.register(indicatorRoutes());
      await api.register(indicatorLinkRoutes());
      await api.register(myTaskRoutes());
      await api.register(grantRoutes());
      await api.register(reclaimLetterRoutes());
      await api.register(applicationLinkRoutes());
      await api.register(applicationFileRoutes);
    },
    { prefix: "/api/v1" },
  );
  // OParl 1.1 read-only export (public; see src/server/read-models/oparl).
  await app.register(
    async (oparl) => {
      await registerCompression(oparl);
      await oparl.register(oparlRoutes(database.db, currentTenant));
    },
    { prefix: "/oparl/v1" },
  );

  // Public transparency site (/oeffentlich): server-rendered, no session, no cookies.
  await app.register(async (site) => {
    registerRequestContext(site, database.db, currentTenant);
    await registerCompression(site);
    await site.register(publicSiteRoutes());
    await site.register(calendarFeedRoutes());
  });

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, "index.html"))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: "/",
      wildcard: false,
      index: ["index.html"],
      // scripts/build.mjs writes .br and .gz beside every file once; sent when the client accepts.
      preCompressed: true,
      setHeaders: (res, path) => {
        res.header(
          "cache-control",
          path.includes(`${join("assets", "")}`)
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    });
    // Client-side routes: every other GET that wants HTML gets the app shell.
    // Files that appeared after start (a rebuild) are served too; a missing file is a 404,
    // never the app shell.
    app.get("/*", { schema: { hide: true } }, async (request, reply) => {
      const path = request.url.split("?")[0] ?? "/";
      if (path.startsWith("/api/") || path.startsWith("/oparl/")) return reply.callNotFound();
      if (/\.[A-Za-z0-9]+$/.test(path)) return reply.sendFile(path.slice(1));
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    });
  }
  return app;
}

/**
 * The OpenAPI document with its component schemas in the order of their names: the schemas are
 * registered as the route modules load, so without this the document's bytes followed the order
 * of imports.
 */
function schemasByName(doc: object): object {
  const { components } = doc as { components?: { schemas?: Record<string, unknown> } };
  if (!components?.schemas) return doc;
  const entries = Object.entries(components.schemas).sort(([a], [b]) => (a < b ? -1 : 1));
  return { ...doc, components: { ...components, schemas: Object.fromEntries(entries) } };
}
