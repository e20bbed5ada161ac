import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { todayIso } from "../../platform/clock";
import { packageFile } from "../../platform/package-root";
import { reportStyleCsp } from "../../renderers/reports/report-html";
import { publicReportFile } from "../committee-reports/public-reports";
import { findLanguage } from "./locales";
import { type OpenDataFile, openDataFileNames, renderOpenData, renderPage } from "./render";
import { licence, publicRoot, sitePages } from "./site-paths";

const css = readFileSync(packageFile("src/server/read-models/public-site/public.css"), "utf8");
const openDataFiles = new Set<string>(openDataFileNames);

/**
 * Answers with a strong ETag over the body; a matching If-None-Match gets 304 without a body.
 * Public and cacheable: nothing here depends on a cookie or a session.
 */
function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  type: string,
  maxAge = 300,
) {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  reply
    .header("content-type", type)
    .header("etag", etag)
    .header("cache-control", `public, max-age=${maxAge}`)
    .header("vary", "accept-encoding");
  const given = request.headers["if-none-match"];
  if (typeof given === "string" && given.split(/\s*,\s*/).includes(etag))
    return reply.code(304).send();
  return reply.send(body);
}

/** The public transparency site under /oeffentlich: server-rendered HTML, no login, no cookies. */
export function publicSiteRoutes() {
  return async (app: FastifyInstance) => {
    const hide = { schema: { hide: true } };
    app.get(publicRoot, hide, async (_request, reply) => reply.redirect(`${publicRoot}/de`, 302));
    app.get(`${publicRoot}/public.css`, hide, async (request, reply) =>
      sendCached(request, reply, css, "text/css; charset=utf-8", 3600),
    );
    app.get<{ Params: { file: string } }>(
      `${publicRoot}/daten/:file`,
      hide,
      async (request, reply) => {
        const { file } = request.params;
        if (!openDataFiles.has(file)) return reply.callNotFound();
        const { body, type } = await renderOpenData(
          request.tenantDb,
          file as OpenDataFile,
          todayIso(),
        );
        reply.header("link", `<${licence.url}>; rel="license"`);
        return sendCached(request, reply, body, type);
      },
    );
    // Final reports of public sessions: only the frozen snapshot, rendered as HTML or PDF.
    app.get<{ Params: { id: string; file: string } }>(
      `${publicRoot}/berichte/:id/:file`,
      hide,
      async (request, reply) => {
        const format = { "bericht.html": "html", "bericht.pdf": "pdf" }[request.params.file] as
          | "html"
          | "pdf"
          | undefined;
        if (!format) return reply.callNotFound();
        const found = await publicReportFile(request.tenantDb, request.params.id, format);
        if (!found) return reply.callNotFound();
        if (format === "html") reply.header("content-security-policy", reportStyleCsp);
        return reply
          .header("content-type", format === "pdf" ? "application/pdf" : "text/html; charset=utf-8")
          .header("cache-control", "public, max-age=3600")
          .send(found.body);
      },
    );
    app.get<{ Params: { lang: string; page?: string } }>(
      `${publicRoot}/:lang`,
      hide,
      async (request, reply) => page(request, reply, request.params.lang, ""),
    );
    app.get<{ Params: { lang: string; page: string } }>(
      `${publicRoot}/:lang/:page`,
      hide,
      async (request, reply) => page(request, reply, request.params.lang, request.params.page),
    );
  };
}

async function page(request: FastifyRequest, reply: FastifyReply, code: string, slug: string) {
  const lang = findLanguage(code);
  const target = sitePages.find((p) => p.slug === slug);
  if (!lang || !target) return reply.callNotFound();
  const body = await renderPage(request.tenantDb, lang, target.slug, todayIso());
  reply.header("content-language", lang.code);
  return sendCached(request, reply, body, "text/html; charset=utf-8");
}
