import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import type { ImportInput } from "../../../contract/measure-import";
import { measureTables } from "../../../contract/routes/measure-area";
import { type TableFormat, tableFormats } from "../../../domain/file-formats";
import { todayIso } from "../../platform/clock";
import { message } from "../../platform/http/messages";
import { languageOf, problemContentType } from "../../platform/http/problem";
import { readTable } from "../../platform/tabular/read-table";
import { exportTable } from "./export";
import { type ImportKind, previewImport, runImport } from "./import";
import { audienceOf } from "./published";

const tags = ["Maßnahmen"];

const tableOf = (input: ImportInput): Promise<string[][]> => readTable(input);

const kinds: {
  kind: ImportKind;
  api: (typeof measureTables)[ImportKind];
  file: string;
  what: string;
}[] = [
  { kind: "measures", api: measureTables.measures, file: "kurs-massnahmen", what: "Maßnahmen" },
  { kind: "progress", api: measureTables.progress, file: "kurs-sachstaende", what: "Sachstände" },
];
const contentTypes: Record<TableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Import (preview, then all or nothing) and export of measures and of progress updates, each as
 * CSV (German Excel, semicolon) or XLSX. Both formats go through the same checks.
 */
export function measureImportRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    for (const { kind, api, file, what } of kinds) {
      for (const format of tableFormats) {
        app.get(
          api[format].path,
          {
            config: { permission: "measures.read" },
            schema: {
              tags,
              summary: `${what} als ${format.toUpperCase()}`,
              produces: [contentTypes[format].split(";")[0] ?? ""],
            },
          },
          async (request, reply) =>
            reply
              .header("content-type", contentTypes[format])
              .header("content-disposition", `attachment; filename="${file}.${format}"`)
              .send(
                await exportTable(request.tenantDb, {
                  kind,
                  format,
                  today: todayIso(),
                  audience: audienceOf(request),
                }),
              ),
        );
      }

      app.post(
        api.preview.path,
        {
          config: { permission: "measures.edit" },
          schema: {
            tags,
            summary: `${what}-Import prüfen: jede Zeile mit ihren Problemen je Spalte, nichts wird gespeichert`,
            body: api.preview.body,
            response: { 200: api.preview.response, 400: problemSchema, 422: problemSchema },
          },
        },
        async (request) => {
          const preview = await previewImport(request.tenantDb, {
            kind,
            table: await tableOf(request.body),
            today: todayIso(),
          });
          const lang = languageOf(request);
          return {
            ...preview,
            rows: preview.rows.map((r) => ({
              ...r,
              problems: r.problems.map((p) => ({
                ...p,
                code: message(lang, `import.${p.code}`),
              })),
            })),
          };
        },
      );

      app.post(
        api.run.path,
        {
          config: { permission: "measures.edit", idempotent: true },
          schema: {
            tags,
            summary: `${what} importieren: alle Zeilen oder keine`,
            body: api.run.body,
            response: {
              201: api.run.response,
              400: problemSchema,
              422: problemSchema,
            },
          },
        },
        async (request, reply) => {
          const result = await runImport(request.tenantDb, {
            ...request.actor,
            kind,
            table: await tableOf(request.body),
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
    }
  };
}
