import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { councilPaperRoutes as api } from "../../../contract/routes/council-papers";
import { todayIso } from "../../platform/clock";
import { writeProblems } from "../../platform/http/problem-responses";
import type { CouncilComposedServices } from "./routes";

const tags = ["Gremien"];
const writeErrors = writeProblems;

/** Vorlagen drafted from a concept draft and from a final report (paper-drafts/service.ts). */
export async function dataPaperDraftRoutes(
  base: FastifyInstance,
  drafts: Pick<CouncilComposedServices, "draftFromConceptVersion" | "draftFromReport">,
): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    api.draftPaperFromConceptVersion.path,
    {
      config: { permission: "governance.edit", idempotent: true },
      schema: {
        tags,
        summary:
          "Vorlage aus einem Konzeptentwurf entwerfen (Änderungen gegenüber der geltenden Fassung, Beschluss der Fassung)",
        params: api.draftPaperFromConceptVersion.params,
        body: api.draftPaperFromConceptVersion.body,
        response: { 201: api.draftPaperFromConceptVersion.response, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await drafts.draftFromConceptVersion(request.tenantDb, {
          ...request.actor,
          versionId: request.params.id,
          input: request.body,
          today: todayIso(),
        }),
      ),
  );

  app.post(
    api.draftPaperFromReport.path,
    {
      config: { permission: "governance.edit", idempotent: true },
      schema: {
        tags,
        summary: "Mitteilungsvorlage aus einem abgeschlossenen Sachstandsbericht entwerfen",
        params: api.draftPaperFromReport.params,
        body: api.draftPaperFromReport.body,
        response: { 201: api.draftPaperFromReport.response, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await drafts.draftFromReport(request.tenantDb, {
          ...request.actor,
          reportId: request.params.id,
          input: request.body,
          today: todayIso(),
        }),
      ),
  );
}
