import { apiRoute } from "../api-route";
import { idParamsSchema } from "../common";
import {
  addConsultationSchema,
  committeeSchema,
  conceptPaperDraftSchema,
  councilSchema,
  createCommitteeSchema,
  createMeetingSchema,
  createPaperSchema,
  fundPaperDraftSchema,
  meetingSchema,
  paperFileParamsSchema,
  paperFileSchema,
  paperSchema,
  reportPaperDraftSchema,
  updatePaperSchema,
  uploadPaperFileQuerySchema,
} from "../council";
import { committeeDetailSchema, meetingDetailSchema } from "../council-pages";
import { fundParamsSchema } from "../ledger";

/** A paper as a document (Sitzungsvorlage layout): the answer is the file. */
const paperExport = <const P extends string>(path: P) =>
  apiRoute({ method: "GET", path, params: idParamsSchema, status: 200 });

/** Committees, meetings, papers with their consultations, attachments, exports and data drafts. */
export const councilPaperRoutes = {
  getCouncil: apiRoute({ method: "GET", path: "/council", status: 200, response: councilSchema }),
  getPaper: apiRoute({
    method: "GET",
    path: "/papers/:id",
    params: idParamsSchema,
    status: 200,
    response: paperSchema,
  }),
  getCommittee: apiRoute({
    method: "GET",
    path: "/committees/:id",
    params: idParamsSchema,
    status: 200,
    response: committeeDetailSchema,
  }),
  getMeeting: apiRoute({
    method: "GET",
    path: "/meetings/:id",
    params: idParamsSchema,
    status: 200,
    response: meetingDetailSchema,
  }),
  createCommittee: apiRoute({
    method: "POST",
    path: "/committees",
    body: createCommitteeSchema,
    status: 201,
    response: committeeSchema,
  }),
  createMeeting: apiRoute({
    method: "POST",
    path: "/meetings",
    body: createMeetingSchema,
    status: 201,
    response: meetingSchema,
  }),
  createPaper: apiRoute({
    method: "POST",
    path: "/papers",
    body: createPaperSchema,
    status: 201,
    response: paperSchema,
  }),
  addConsultation: apiRoute({
    method: "POST",
    path: "/papers/:id/consultations",
    params: idParamsSchema,
    body: addConsultationSchema,
    status: 201,
    response: paperSchema,
  }),
  updatePaper: apiRoute({
    method: "PATCH",
    path: "/papers/:id",
    params: idParamsSchema,
    body: updatePaperSchema,
    status: 200,
    response: paperSchema,
  }),
  /** The body is the file itself (its Content-Type its type); the query names it. */
  uploadPaperFile: apiRoute({
    method: "POST",
    path: "/papers/:id/files",
    params: idParamsSchema,
    querystring: uploadPaperFileQuerySchema,
    status: 201,
    response: paperFileSchema,
  }),
  getPaperFile: apiRoute({
    method: "GET",
    path: "/papers/:id/files/:fileId",
    params: paperFileParamsSchema,
    status: 200,
  }),
  removePaperFile: apiRoute({
    method: "DELETE",
    path: "/papers/:id/files/:fileId",
    params: paperFileParamsSchema,
    status: 204,
  }),
  exportPaperDocx: paperExport("/papers/:id/export.docx"),
  exportPaperPdf: paperExport("/papers/:id/export.pdf"),
  draftPaperFromFund: apiRoute({
    method: "POST",
    path: "/funds/:fundId/paper-drafts",
    params: fundParamsSchema,
    body: fundPaperDraftSchema,
    status: 201,
    response: paperSchema,
  }),
  draftPaperFromConceptVersion: apiRoute({
    method: "POST",
    path: "/concept/versions/:id/paper-drafts",
    params: idParamsSchema,
    body: conceptPaperDraftSchema,
    status: 201,
    response: paperSchema,
  }),
  draftPaperFromReport: apiRoute({
    method: "POST",
    path: "/committee-reports/:id/paper-drafts",
    params: idParamsSchema,
    body: reportPaperDraftSchema,
    status: 201,
    response: paperSchema,
  }),
};
