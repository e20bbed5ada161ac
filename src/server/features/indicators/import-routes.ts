import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import type { ValueImportInput } from "../../../contract/indicators";
import { indicatorRoutes as api } from "../../../contract/routes/indicators";
import { DomainError } from "../../../domain/errors";
import { message } from "../../platform/http/messages";
import { languageOf, problemContentType } from "../../platform/http/problem";
import { previewValueImport, readTable, runValueImport } from "./import";

const tags = ["Kennzahlen"];

async function tableOf(input: ValueImportInput) {
  try {
    return await readTable(input);
  } catch (error) {
    // The reader's own refusals (too many rows, too large unpacked) say what is wrong.
    if (error instanceof DomainError) throw error;
    throw new DomainError("invalid", "indicatorImport.unreadable", {}, "content");
  }
}

/** Import of values (CSV/XLSX, also open-data tables by AGS): preview, then all or nothing. */
export function indicatorImportRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      api.previewValueImport.path,
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary:
            "Import prüfen: jede Zeile mit ihren Problemen je Spalte, nichts wird gespeichert",
          body: api.previewValueImport.body,
          response: {
            200: api.previewValueImport.response,
            400: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request) => {
        const lang = languageOf(request);
        return previewValueImport(request.tenantDb, {
          table: await tableOf(request.body),
          text: (code) => message(lang, `indicatorImport.${code}`),
        });
      },
    );

    app.post(
      api.importValues.path,
      {
        config: { permission: "indicators.edit", idempotent: true },
        schema: {
          tags,
          summary: "Werte importieren (als Entwürfe): alle Zeilen oder keine",
          body: api.importValues.body,
          response: {
            201: api.importValues.response,
            400: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const lang = languageOf(request);
        const result = await runValueImport(request.tenantDb, {
          ...request.actor,
          table: await tableOf(request.body),
          text: (code) => message(lang, `indicatorImport.${code}`),
        });
        if ("imported" in result) return reply.code(201).send(result);
        return reply
          .code(422)
          .header("content-type", problemContentType)
          .send({
            type: "https://kurs.example/probleme/import",
            title: message(lang, "import.refused"),
            status: 422,
            detail: message(lang, "import.refusedDetail"),
            errors: result.refused.rows.flatMap((r) =>
              r.problems.map((p) => ({ path: `rows.${r.row}.${p.column}`, message: p.message })),
            ),
            requestId: request.id,
          });
      },
    );
  };
}
