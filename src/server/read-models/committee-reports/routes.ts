import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { committeeReportRoutes as api } from "../../../contract/routes/committee-reports";
import { type ReportFormat, reportFormats } from "../../../domain/file-formats";
import { todayIso } from "../../platform/clock";
import { contentDisposition } from "../../platform/http/content-disposition";
import { writeProblems } from "../../platform/http/problem-responses";
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
import { listDutySchedules, listTasks, sendReminders, setPaperDeadline } from "./schedule-service";

const tags = ["Berichte"];
const errors = writeProblems;

const mediaTypes: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
};

/** The table's route of each report file: final report or draft, per format. */
const reportFileRoutes = {
  "committee-reports": {
    pdf: api.exportCommitteeReportPdf,
    docx: api.exportCommitteeReportDocx,
    html: api.exportCommitteeReportHtml,
  },
  "report-drafts": {
    pdf: api.exportReportDraftPdf,
    docx: api.exportReportDraftDocx,
    html: api.exportReportDraftHtml,
  },
} satisfies Record<string, Record<ReportFormat, unknown>>;

/** Reporting duties with due dates, update requests, report drafts and frozen final reports. */
export async function committeeReportRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    api.listReportingDuties.path,
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary: "Berichtspflichten mit Berichtszeitraum, Vorlagenfrist und Stand",
        response: { 200: api.listReportingDuties.response },
      },
    },
    async (request) => listDutySchedules(request.tenantDb, { today: todayIso() }),
  );

  app.put(
    api.saveReportingDutySettings.path,
    {
      config: { permission: "reports.edit" },
      schema: {
        tags,
        summary:
          "Eigene Vorlagenfrist (Tage vor der Sitzung) einer Berichtspflicht festlegen; leer: die des Landkreises",
        params: api.saveReportingDutySettings.params,
        body: api.saveReportingDutySettings.body,
        response: {
          200: api.saveReportingDutySettings.response,
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
    api.sendReportingDutyReminders.path,
    {
      config: { permission: "reports.edit" },
      schema: {
        tags,
        summary: "Maßnahmenverantwortliche und Partner per E-Mail um ihren Sachstand bitten",
        params: api.sendReportingDutyReminders.params,
        response: { 200: api.sendReportingDutyReminders.response, ...errors },
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
    api.listReportTasks.path,
    {
      config: { permission: "reports.tasks" },
      schema: {
        tags,
        summary: "Offene Bitten um Sachstand für die nächsten Berichte (Partner: nur eigene)",
        response: { 200: api.listReportTasks.response },
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
    api.listReportDrafts.path,
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary: "Berichtsentwürfe",
        response: { 200: api.listReportDrafts.response },
      },
    },
    async (request) => listDrafts(request.tenantDb),
  );

  app.post(
    api.createReportDraft.path,
    {
      config: { permission: "reports.edit", idempotent: true },
      schema: {
        tags,
        summary: "Berichtsentwurf für ein Gremium und einen Zeitraum anlegen",
        body: api.createReportDraft.body,
        response: { 201: api.createReportDraft.response, ...errors },
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
    api.getReportDraft.path,
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary: "Entwurf mit dem aus den heutigen Daten erzeugten Bericht",
        params: api.getReportDraft.params,
        response: { 200: api.getReportDraft.response, ...errors },
      },
    },
    async (request) => previewDraft(request.tenantDb, { id: request.params.id, today: todayIso() }),
  );

  app.put(
    api.saveReportDraftText.path,
    {
      config: { permission: "reports.edit" },
      schema: {
        tags,
        summary: "Eigenen Text, Beschlussvorschlag und Öffentlichkeit des Entwurfs ändern",
        params: api.saveReportDraftText.params,
        body: api.saveReportDraftText.body,
        response: { 200: api.saveReportDraftText.response, ...errors },
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
    api.finaliseReportDraft.path,
    {
      config: { permission: "reports.edit", idempotent: true },
      schema: {
        tags,
        summary: "Entwurf abschließen: Bericht mit allen Zahlen dieses Moments einfrieren",
        params: api.finaliseReportDraft.params,
        body: api.finaliseReportDraft.body,
        response: { 201: api.finaliseReportDraft.response, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await finaliseDraft(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          today: todayIso(),
          supersedesReportId: request.body.supersedesReportId,
        }),
      ),
  );

  app.get(
    api.listCommitteeReports.path,
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary: "Endgültige Berichte",
        response: { 200: api.listCommitteeReports.response },
      },
    },
    async (request) => listReports(request.tenantDb),
  );

  app.get(
    api.getCommitteeReport.path,
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary: "Endgültiger Bericht: eingefrorener Stand und HTML-Ansicht",
        params: api.getCommitteeReport.params,
        response: { 200: api.getCommitteeReport.response, ...errors },
      },
    },
    async (request) => getReport(request.tenantDb, { id: request.params.id }),
  );

  for (const format of reportFormats) {
    for (const [path, render] of [
      ["committee-reports", exportReport],
      ["report-drafts", exportDraft],
    ] as const) {
      const route = reportFileRoutes[path][format];
      app.get(
        route.path,
        {
          config: { permission: "reports.read" },
          schema: {
            tags,
            summary: `${path === "report-drafts" ? "Entwurf" : "Endgültiger Bericht"} als ${format.toUpperCase()}`,
            params: route.params,
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
