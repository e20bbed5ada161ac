import { z } from "zod";
import { apiRoute } from "../api-route";
import { auditEventSchema, auditQuerySchema } from "../audit";

/** The audit log (Prüfprotokoll), as JSON and as a CSV file. */
export const auditRoutes = {
  listAuditEvents: apiRoute({
    method: "GET",
    path: "/audit",
    querystring: auditQuerySchema,
    status: 200,
    response: z.array(auditEventSchema),
  }),
  /** A file: no answer schema. */
  auditCsv: apiRoute({
    method: "GET",
    path: "/audit.csv",
    querystring: auditQuerySchema,
    status: 200,
  }),
};
