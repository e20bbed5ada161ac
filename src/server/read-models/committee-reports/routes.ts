import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  draftInputSchema,
  draftListSchema,
  draftPreviewSchema,
  draftSummarySchema,
  draftTextSchema,
  dutySettingsSchema,
  finaliseInputSchema,
  finalReportDetailSchema,
  finalReportListSchema,
  finalReportSchema,
  reminderResultSchema,
  reportingDutyListSchema,
  reportTaskListSchema,
} from "../../../contract/committee-reports";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import { type ReportFormat, reportFormats } from "../../../domain/file-formats";
import { todayIso } from "../../platform/clock";
import { contentDisposition } from "../../platform/http/content-disposition";
import { mailerFromEnv } from "../../platform/mail/mailer";
import { reportFileName } from "../../renderers/reports/report-document";
import { reportStyleCsp } from "../../renderers/reports/report-html";
import {
  createDraft,
  exportDraft,
  exportReport,
  finaliseDraft,
  getReport,
  listDrafts,
  listReports,
  previewDraft,
  updateDraftText,
} from "./draft-service";
import type { SnapshotReaders } from "./grant-section";
import { listDutySchedules, listTasks, sendReminders, setPaperDeadline } from "./schedule-service";

const tags = ["Berichte"];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

const mediaTypes: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
};

/** Reporting duties with due dates, update requests, report drafts and frozen final reports. */
export async function committeeReportRoutes(
  base: FastifyInstance,
  readers: SnapshotReaders,
): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/reporting-duties",
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary: "Berichtspflichten mit Berichtszeitraum, Vorlagenfrist und Stand",
        response: { 200: reportingDutyListSchema },
      },
    },
    async (request) => listDutySchedules(request.tenantDb, { today: todayIso() }),
  );

  app.put(
    "/reporting-duties/:id/settings",
    {
      config: { permission: "reports.edit" },
      schema: {
        tags,
        summary:
          "Eigene Vorlagenfrist (Tage vor der Sitzung) einer Berichtspflicht festlegen; leer: die des Landkreises",
        params: idParamsSchema,
        body: dutySettingsSchema,
        response: {
          200: z.object({ id: z.uuid(), paperDeadlineDays: z.int().nullable() }),
          ...errors,
        },
      },
    },
    async (request) =>
      setPaperDeadline(request.tenantDb, {
        ...request.actor,
        id: request.params.id,
        paperDeadlineDays: request.body.paperDeadlineDays,
      }),
  );

  app.post(
    "/reporting-duties/:id/reminders",
    {
      config: { permission: "reports.edit" },
      schema: {
        tags,
        summary: "Maßnahmenverantwortliche und Partner per E-Mail um ihren Sachstand bitten",
        params: idParamsSchema,
        response: { 200: reminderResultSchema, ...errors },
      },
    },
    async (request) =>
      sendReminders(request.tenantDb, {
        ...request.actor,
        id: request.params.id,
        today: todayIso(),
        mailer: mailerFromEnv(),
      }),
  );

  app.get(
    "/report-tasks",
    {
      config: { permission: "reports.tasks" },
      schema: {
        tags,
        summary: "Offene Bitten um Sachstand für die nächsten Berichte (Partner: nur eigene)",
        response: { 200: reportTaskListSchema },
      },
    },
    async (request) => {
      const user = request.session?.user;
      return listTasks(request.tenantDb, {
        today: todayIso(),
        partnerId: user?.role === "partner" ? (user.partnerId ?? null) : undefined,
      });
    },
  );

  app.get(
    "/report-drafts",
    {
      config: { permission: "reports.read" },
      schema: { tags, summary: "Berichtsentwürfe", response: { 200: draftListSchema } },
    },
    async (request) => listDrafts(request.tenantDb),
  );

  app.post(
    "/report-drafts",
    {
      config: { permission: "reports.edit", idempotent: true },
      schema: {
        tags,
        summary: "Berichtsentwurf für ein Gremium und einen Zeitraum anlegen",
        body: draftInputSchema,
        response: { 201: draftSummarySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createDraft(request.tenantDb, {
          ...request.actor,
          input: request.body,
          today: todayIso(),
        }),
      ),
  );

  app.get(
    "/report-drafts/:id",
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary: "Entwurf mit dem aus den heutigen Daten erzeugten Bericht",
        params: idParamsSchema,
        response: { 200: draftPreviewSchema, ...errors },
      },
    },
    async (request) =>
      previewDraft(request.tenantDb, { id: request.params.id, today: todayIso(), readers }),
  );

  app.put(
    "/report-drafts/:id",
    {
      config: { permission: "reports.edit" },
      schema: {
        tags,
        summary: "Eigenen Text, Beschlussvorschlag und Öffentlichkeit des Entwurfs ändern",
        params: idParamsSchema,
        body: draftTextSchema,
        response: { 200: draftSummarySchema, ...errors },
      },
    },
    async (request) =>
      updateDraftText(request.tenantDb, {
        ...request.actor,
        id: request.params.id,
        input: request.body,
      }),
  );

  app.post(
    "/report-drafts/:id/finalise",
    {
      config: { permission: "reports.edit", idempotent: true },
      schema: {
        tags,
        summary: "Entwurf abschließen: Bericht mit allen Zahlen dieses Moments einfrieren",
        params: idParamsSchema,
        body: finaliseInputSchema,
        response: { 201: finalReportSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await finaliseDraft(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          today: todayIso(),
          supersedesReportId: request.body.supersedesReportId,
          readers,
        }),
      ),
  );

  app.get(
    "/committee-reports",
    {
      config: { permission: "reports.read" },
      schema: { tags, summary: "Endgültige Berichte", response: { 200: finalReportListSchema } },
    },
    async (request) => listReports(request.tenantDb),
  );

  app.get(
    "/committee-reports/:id",
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary: "Endgültiger Bericht: eingefrorener Stand und HTML-Ansicht",
        params: idParamsSchema,
        response: { 200: finalReportDetailSchema, ...errors },
      },
    },
    async (request) => getReport(request.tenantDb, { id: request.params.id }),
  );

  for (const format of reportFormats) {
    for (const [path, render] of [
      ["committee-reports", exportReport],
      ["report-drafts", exportDraft],
    ] as const) {
      app.get(
        `/${path}/:id/report.${format}`,
        {
          config: { permission: "reports.read" },
          schema: {
            tags,
            summary: `${path === "report-drafts" ? "Entwurf" : "Endgültiger Bericht"} als ${format.toUpperCase()}`,
            params: idParamsSchema,
            response: {
              200: z.any().describe(`Die ${format.toUpperCase()}-Datei (${mediaTypes[format]})`),
              ...errors,
            },
          },
        },
        async (request, reply) => {
          const { snapshot, bytes } = await render(request.tenantDb, {
            id: request.params.id,
            format,
            today: todayIso(),
            readers,
          });
          if (format === "html") reply.header("content-security-policy", reportStyleCsp);
          return reply
            .type(mediaTypes[format])
            .header("content-disposition", contentDisposition(reportFileName(snapshot, format)))
            .send(bytes);
        },
      );
    }
  }
}
