import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { calendarRoutes as api } from "../../../contract/routes/calendar";
import { DomainError } from "../../../domain/errors";
import { todayIso } from "../../platform/clock";
import { publicRoot } from "../public-site/site-paths";
import { renderCalendar } from "./ics";
import {
  calendarFeedStatus,
  personalCalendar,
  personalFeedPath,
  publicCalendar,
  replaceCalendarFeed,
  revokeCalendarFeed,
} from "./service";

const tags = ["Kalender"];
const problems = { 401: problemSchema, 403: problemSchema };

function origin(request: FastifyRequest) {
  return `${request.protocol}://${request.host}`;
}

function sendCalendar(
  request: FastifyRequest,
  reply: FastifyReply,
  calendar: { name: string; entries: Parameters<typeof renderCalendar>[0]["entries"] },
  description: string,
  cache: string,
) {
  const body = renderCalendar({
    ...calendar,
    description,
    stamp: new Date(),
    origin: origin(request),
    host: request.hostname || "kurs",
  });
  return reply
    .header("content-type", "text/calendar; charset=utf-8")
    .header("content-disposition", 'inline; filename="kalender.ics"')
    .header("cache-control", cache)
    .send(body);
}

/** The iCalendar feeds: public meetings, and the office's personal feed behind its token. */
export function calendarFeedRoutes() {
  return async (app: FastifyInstance) => {
    const hide = { schema: { hide: true } };
    app.get(`${publicRoot}/kalender.ics`, hide, async (request, reply) =>
      sendCalendar(
        request,
        reply,
        await publicCalendar(request.tenantDb),
        "Öffentliche Sitzungen der Gremien",
        "public, max-age=900",
      ),
    );
    app.get<{ Params: { file: string } }>("/kalender/:file", hide, async (request, reply) => {
      const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(request.params.file)?.[1];
      const calendar = token ? await personalCalendar(request.tenantDb, token, todayIso()) : null;
      if (!calendar) return reply.callNotFound();
      return sendCalendar(
        request,
        reply,
        calendar,
        "Sitzungen, Vorlagenfristen, Berichte und Aufgaben aus Beschlüssen",
        "private, no-store",
      );
    });
  };
}

/** The signed-in person's calendar link (account page): status, a new link, revoke. */
export function calendarAccountRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { permission: "calendar.feed" as const };
    const userOf = (request: FastifyRequest) => {
      const session = request.session;
      if (!session) throw new DomainError("unauthenticated", "auth.required");
      return session.user.id;
    };
    app.get(
      api.getCalendarFeed.path,
      {
        config,
        schema: {
          tags,
          summary: "Ob ein persönlicher Kalender-Link besteht (ohne den Link)",
          response: { 200: api.getCalendarFeed.response, ...problems },
        },
      },
      async (request) => calendarFeedStatus(request.tenantDb, userOf(request)),
    );
    app.put(
      api.replaceCalendarFeed.path,
      {
        // The answer shows the link once; a new PUT replaces it (the old one stops working).
        config,
        schema: {
          tags,
          summary: "Neuer persönlicher Kalender-Link (nur in dieser Antwort gezeigt)",
          response: {
            200: api.replaceCalendarFeed.response,
            ...problems,
          },
        },
      },
      async (request) => {
        const created = await replaceCalendarFeed(request.tenantDb, {
          userId: userOf(request),
          ...request.actor,
        });
        return {
          url: `${origin(request)}${personalFeedPath(created.token)}`,
          createdAt: created.createdAt,
        };
      },
    );
    app.delete(
      api.revokeCalendarFeed.path,
      {
        config,
        schema: {
          tags,
          summary: "Persönlichen Kalender-Link widerrufen",
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await revokeCalendarFeed(request.tenantDb, { userId: userOf(request), ...request.actor });
        return reply.code(204).send(null);
      },
    );
  };
}
