import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../contract/common";
import { todayIso } from "../clock";
import { message } from "../http/messages";
import { languageOf, problemContentType } from "../http/problem";
import { parseCsv, unescapeCell } from "./csv-table";
import {
  exportCsv,
  importInputSchema,
  importPreviewSchema,
  previewImport,
  runImport,
} from "./import";

const tags = ["Maßnahmen"];
const tableOf = (content: string) => parseCsv(content).map((row) => row.map(unescapeCell));

/** Import (preview, then all or nothing) and export of measures as CSV. */
export function measureImportRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/measures/export.csv",
      {
        config: { permission: "measures.read" },
        schema: { tags, summary: "Maßnahmen als CSV (Excel, Semikolon)", produces: ["text/csv"] },
      },
      async (request, reply) =>
        reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="kurs-massnahmen.csv"')
          .send(await exportCsv(request.tenantDb, { today: todayIso() })),
    );

    app.post(
      "/measures/import/preview",
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary:
            "Import prüfen: jede Zeile mit ihren Problemen je Spalte, nichts wird gespeichert",
          body: importInputSchema,
          response: { 200: importPreviewSchema, 400: problemSchema },
        },
      },
      async (request) => {
        const preview = await previewImport(request.tenantDb, tableOf(request.body.content));
        const lang = languageOf(request);
        return {
          ...preview,
          rows: preview.rows.map((r) => ({
            ...r,
            problems: r.problems.map((p) => ({ ...p, code: message(lang, `import.${p.code}`) })),
          })),
        };
      },
    );

    app.post(
      "/measures/import",
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Maßnahmen importieren: alle Zeilen oder keine",
          body: importInputSchema,
          response: {
            201: z.object({ imported: z.number().int() }),
            400: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const result = await runImport(request.tenantDb, {
          ...request.actor,
          table: tableOf(request.body.content),
          today: todayIso(),
        });
        if ("imported" in result) return reply.code(201).send(result);
        const lang = languageOf(request);
        return reply
          .code(422)
          .header("content-type", problemContentType)
          .send({
            type: "https://kurs.example/probleme/import",
            title: message(lang, "import.refused"),
            status: 422,
            detail: message(lang, "import.refusedDetail"),
            errors: result.refused.rows.flatMap((r) =>
              r.problems.map((p) => ({
                path: `rows.${r.row}.${p.column}`,
                message: message(lang, `import.${p.code}`),
              })),
            ),
            requestId: request.id,
          });
      },
    );
  };
}
