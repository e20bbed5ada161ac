import { apiRoute } from "../api-route";
import {
  draftInputSchema,
  draftListSchema,
  draftPreviewSchema,
  draftSummarySchema,
  draftTextSchema,
  dutySettingsResultSchema,
  dutySettingsSchema,
  finaliseInputSchema,
  finalReportDetailSchema,
  finalReportListSchema,
  finalReportSchema,
  reminderResultSchema,
  reportingDutyListSchema,
  reportTaskListSchema,
} from "../committee-reports";
import { idParamsSchema } from "../common";

/** A report or a draft as a file (PDF, Word or HTML): the answer is the file. */
const reportFile = <const P extends string>(path: P) =>
  apiRoute({ method: "GET", path, params: idParamsSchema, status: 200 });

/** Reporting duties, update requests, report drafts and frozen final reports. */
export const committeeReportRoutes = {
  listReportingDuties: apiRoute({
    method: "GET",
    path: "/reporting-duties",
    status: 200,
    response: reportingDutyListSchema,
  }),
  saveReportingDutySettings: apiRoute({
    method: "PUT",
    path: "/reporting-duties/:id/settings",
    params: idParamsSchema,
    body: dutySettingsSchema,
    status: 200,
    response: dutySettingsResultSchema,
  }),
  sendReportingDutyReminders: apiRoute({
    method: "POST",
    path: "/reporting-duties/:id/reminders",
    params: idParamsSchema,
    status: 200,
    response: reminderResultSchema,
  }),
  listReportTasks: apiRoute({
    method: "GET",
    path: "/report-tasks",
    status: 200,
    response: reportTaskListSchema,
  }),
  listReportDrafts: apiRoute({
    method: "GET",
    path: "/report-drafts",
    status: 200,
    response: draftListSchema,
  }),
  createReportDraft: apiRoute({
    method: "POST",
    path: "/report-drafts",
    body: draftInputSchema,
    status: 201,
    response: draftSummarySchema,
  }),
  getReportDraft: apiRoute({
    method: "GET",
    path: "/report-drafts/:id",
    params: idParamsSchema,
    status: 200,
    response: draftPreviewSchema,
  }),
  saveReportDraftText: apiRoute({
    method: "PUT",
    path: "/report-drafts/:id",
    params: idParamsSchema,
    body: draftTextSchema,
    status: 200,
    response: draftSummarySchema,
  }),
  finaliseReportDraft: apiRoute({
    method: "POST",
    path: "/report-drafts/:id/finalise",
    params: idParamsSchema,
    body: finaliseInputSchema,
    status: 201,
    response: finalReportSchema,
  }),
  listCommitteeReports: apiRoute({
    method: "GET",
    path: "/committee-reports",
    status: 200,
    response: finalReportListSchema,
  }),
  getCommitteeReport: apiRoute({
    method: "GET",
    path: "/committee-reports/:id",
    params: idParamsSchema,
    status: 200,
    response: finalReportDetailSchema,
  }),
  exportCommitteeReportPdf: reportFile("/committee-reports/:id/report.pdf"),
  exportCommitteeReportDocx: reportFile("/committee-reports/:id/report.docx"),
  exportCommitteeReportHtml: reportFile("/committee-reports/:id/report.html"),
  exportReportDraftPdf: reportFile("/report-drafts/:id/report.pdf"),
  exportReportDraftDocx: reportFile("/report-drafts/:id/report.docx"),
  exportReportDraftHtml: reportFile("/report-drafts/:id/report.html"),
};
