import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { ledgerRoutes as api } from "../../../contract/routes/ledger";
import { message } from "../../platform/http/messages";
import { languageOf, problemContentType } from "../../platform/http/problem";
import { type ImportProblem, reconcilePayments, tableOfCsv } from "./payment-import";

const tags = ["Haushaltsmittel"];

/**
 * Reconciliation with the county's finance system: a CSV of payments, first checked (preview with
 * the differences), then booked all or nothing, idempotent by document reference (Beleg).
 */
export function paymentImportRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      api.previewPaymentImport.path,
      {
        config: { permission: "funds.book" },
        schema: {
          tags,
          summary:
            "Abgleich prüfen: was gebucht würde, Abweichungen zu Kurs und Probleme je Zeile und Spalte; nichts wird gespeichert",
          body: api.previewPaymentImport.body,
          response: {
            200: api.previewPaymentImport.response,
            400: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request) => {
        const result = await reconcilePayments(request.tenantDb, {
          ...request.actor,
          table: tableOfCsv(request.body.content),
          write: false,
        });
        const lang = languageOf(request);
        const news = result.rows.filter((r) => r.status === "new");
        return {
          valid: result.problems.length === 0,
          rows: result.rows.map(({ fundId: _f, commitmentId: _c, ...row }) => row),
          problems: result.problems.map((p: ImportProblem) => ({
            row: p.row,
            column: p.column,
            message: message(lang, p.code, p.params),
          })),
          missingFromFile: result.missingFromFile,
          bookCount: news.length,
          bookCents: news.reduce((sum, r) => sum + (r.amountCents ?? 0), 0),
        };
      },
    );

    app.post(
      api.importPayments.path,
      {
        config: { permission: "funds.book", idempotent: true },
        schema: {
          tags,
          summary:
            "Zahlungen aus dem Finanzverfahren buchen: alle Zeilen oder keine; ein bereits gebuchter Beleg wird nicht noch einmal gebucht",
          body: api.importPayments.body,
          response: {
            201: api.importPayments.response,
            400: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const result = await reconcilePayments(request.tenantDb, {
          ...request.actor,
          table: tableOfCsv(request.body.content),
          write: true,
        });
        if (!result.problems.length)
          return reply
            .code(201)
            .send({ booked: result.booked, skipped: result.rows.length - result.booked });
        const lang = languageOf(request);
        return reply
          .code(422)
          .header("content-type", problemContentType)
          .send({
            type: "https://kurs.example/probleme/import",
            title: message(lang, "import.refused"),
            status: 422,
            detail: message(lang, "import.refusedDetail"),
            errors: result.problems.map((p) => ({
              path: `rows.${p.row}.${p.column}`,
              message: message(lang, p.code, p.params),
            })),
            requestId: request.id,
          });
      },
    );
  };
}
