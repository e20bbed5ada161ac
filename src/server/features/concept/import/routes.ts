import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../../contract/common";
import { type ConceptImportPreview, maxConceptFileMb } from "../../../../contract/concept-import";
import { conceptRoutes as api } from "../../../../contract/routes/concept";
import type { Language } from "../../../platform/http/language";
import { message } from "../../../platform/http/messages";
import { languageOf, problemContentType } from "../../../platform/http/problem";
import { type CheckedOutline, checkConceptFile, importConcept } from "./service";

const tags = ["Konzept"];
/** JSON around a file of at most maxConceptFileMb (base64 adds a third). */
const bodyLimit = Math.ceil(maxConceptFileMb * 2 ** 20 * 1.4);
const refusals = { 400: problemSchema, 413: problemSchema, 422: problemSchema };

const columnNames: Record<Language, Record<string, string>> = {
  de: { level: "Ebene", number: "Nummer", title: "Titel", description: "Beschreibung" },
  en: { level: "Level", number: "Number", title: "Title", description: "Description" },
};

function present(checked: CheckedOutline, lang: Language): ConceptImportPreview {
  return {
    valid: checked.problems.length === 0,
    unit: checked.unit,
    counts: checked.counts,
    skippedParagraphs: checked.skippedParagraphs,
    fields: checked.fields,
    problems: checked.problems.map((p) => ({
      at: p.at,
      column: columnNames[lang][p.column] ?? p.column,
      message: message(lang, p.code),
    })),
  };
}

/** Import of a whole concept from a DOCX or an XLSX/CSV outline: preview, then all or nothing. */
export function conceptImportRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      api.previewConceptImport.path,
      {
        bodyLimit,
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary:
            "Konzept-Import prüfen: Baum der Handlungsfelder, -ziele und -empfehlungen mit den Problemen je Zeile oder Absatz; nichts wird gespeichert",
          body: api.previewConceptImport.body,
          response: { 200: api.previewConceptImport.response, ...refusals },
        },
      },
      async (request) => present(await checkConceptFile(request.body), languageOf(request)),
    );

    app.post(
      api.importConcept.path,
      {
        bodyLimit,
        config: { permission: "concept.edit", idempotent: true },
        schema: {
          tags,
          summary:
            "Konzept importieren: alles oder nichts, in eine neue Entwurfsversion (nie in eine beschlossene)",
          body: api.importConcept.body,
          response: { 201: api.importConcept.response, ...refusals },
        },
      },
      async (request, reply) => {
        const result = await importConcept(request.tenantDb, {
          ...request.actor,
          input: request.body,
        });
        if ("imported" in result) return reply.code(201).send(result.imported);
        const lang = languageOf(request);
        const preview = present(result.refused, lang);
        return reply
          .code(422)
          .header("content-type", problemContentType)
          .send({
            type: "https://kurs.example/probleme/conceptImport.refused",
            title: message(lang, "conceptImport.refused"),
            status: 422,
            detail: message(lang, "conceptImport.refusedDetail"),
            errors: preview.problems.map((p) => ({
              path: `${preview.unit === "row" ? "rows" : "paragraphs"}.${p.at}.${p.column}`,
              message: p.message,
            })),
            requestId: request.id,
          });
      },
    );
  };
}
