import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { auditRoutes as api } from "../../../contract/routes/audit";
import { toCsv } from "./csv";
import { listAudit } from "./service";

const tags = ["Protokoll"];
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

export function auditRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listAuditEvents.path,
      {
        config: { permission: "audit.read" },
        schema: {
          tags,
          summary: "Prüfprotokoll, gefiltert nach Objekt, Person und Zeit (neueste zuerst)",
          querystring: api.listAuditEvents.querystring,
          response: { 200: api.listAuditEvents.response, ...problems },
        },
      },
      async (request) => listAudit(request.tenantDb, request.query),
    );

    app.get(
      api.auditCsv.path,
      {
        config: { permission: "audit.read" },
        schema: {
          tags,
          summary: "Prüfprotokoll als CSV (Semikolon, UTF-8)",
          querystring: api.auditCsv.querystring,
          response: { 200: z.string(), ...problems },
        },
      },
      async (request, reply) => {
        const rows = await listAudit(request.tenantDb, request.query);
        const csv = toCsv(
          [
            "Nr",
            "Zeitpunkt",
            "Wer",
            "E-Mail",
            "Aktion",
            "Objektart",
            "Objekt",
            "Vorher",
            "Nachher",
            "Anfrage",
          ],
          rows.map((r) => [
            r.id,
            r.occurredAt,
            r.actor,
            r.actorEmail,
            r.action,
            r.entityType,
            r.entityId,
            r.before,
            r.after,
            r.requestId,
          ]),
        );
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="kurs-pruefprotokoll.csv"')
          .send(csv);
      },
    );
  };
}
