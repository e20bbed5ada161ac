import { apiRoute } from "../api-route";
import { idParamsSchema } from "../common";
import { uploadPaperFileQuerySchema } from "../council";
import {
  applicationLinkInputSchema,
  applicationLinkListSchema,
  applicationLinkScopeSchema,
  createdApplicationLinkSchema,
  linkApplicationFileParamsSchema,
  linkApplicationInputSchema,
  linkApplicationParamsSchema,
  linkTokenParamsSchema,
  programmeLinkParamsSchema,
} from "../grant-applications";
import { grantProviderListSchema } from "../grant-figures";
import {
  applicationFileParamsSchema,
  applicationFileSchema,
  applicationInputSchema,
  applicationListQuerySchema,
  applicationListSchema,
  applicationSchema,
  grantDecisionInputSchema,
  paymentRequestInputSchema,
  pipelineQuerySchema,
  pipelineSchema,
  programmeInputSchema,
  programmeListSchema,
  programmeSchema,
  proofInputSchema,
  reasonInputSchema,
  refuseInputSchema,
} from "../grants";

/** A step with an optional reason on an application (or a payment request); answers the application. */
const applicationStep = <const P extends string>(path: P) =>
  apiRoute({
    method: "POST",
    path,
    params: idParamsSchema,
    body: reasonInputSchema,
    status: 200,
    response: applicationSchema,
  });

/** A letter of an application (notice, settlement) as Word or PDF. */
const letter = <const P extends string>(path: P) =>
  apiRoute({ method: "GET", path, params: idParamsSchema, status: 200 });

/** Zuwendungen an Träger: programmes, applications, payment requests, proof of use, letters. */
export const grantRoutes = {
  listGrantProgrammes: apiRoute({
    method: "GET",
    path: "/grant-programmes",
    status: 200,
    response: programmeListSchema,
  }),
  createGrantProgramme: apiRoute({
    method: "POST",
    path: "/grant-programmes",
    body: programmeInputSchema,
    status: 201,
    response: programmeSchema,
  }),
  getGrantProgramme: apiRoute({
    method: "GET",
    path: "/grant-programmes/:id",
    params: idParamsSchema,
    status: 200,
    response: programmeSchema,
  }),
  updateGrantProgramme: apiRoute({
    method: "PUT",
    path: "/grant-programmes/:id",
    params: idParamsSchema,
    body: programmeInputSchema,
    status: 200,
    response: programmeSchema,
  }),
  getGrantPipeline: apiRoute({
    method: "GET",
    path: "/grant-pipeline",
    querystring: pipelineQuerySchema,
    status: 200,
    response: pipelineSchema,
  }),
  getGrantProviderPipeline: apiRoute({
    method: "GET",
    path: "/grant-pipeline/providers",
    querystring: pipelineQuerySchema,
    status: 200,
    response: grantProviderListSchema,
  }),
  listGrantApplications: apiRoute({
    method: "GET",
    path: "/grant-applications",
    querystring: applicationListQuerySchema,
    status: 200,
    response: applicationListSchema,
  }),
  createGrantApplication: apiRoute({
    method: "POST",
    path: "/grant-applications",
    body: applicationInputSchema,
    status: 201,
    response: applicationSchema,
  }),
  getGrantApplication: apiRoute({
    method: "GET",
    path: "/grant-applications/:id",
    params: idParamsSchema,
    status: 200,
    response: applicationSchema,
  }),
  updateGrantApplication: apiRoute({
    method: "PUT",
    path: "/grant-applications/:id",
    params: idParamsSchema,
    body: applicationInputSchema,
    status: 200,
    response: applicationSchema,
  }),
  submitGrantApplication: applicationStep("/grant-applications/:id/submit"),
  withdrawGrantApplication: applicationStep("/grant-applications/:id/withdraw"),
  reviewGrantApplication: applicationStep("/grant-applications/:id/review"),
  refuseGrantApplication: apiRoute({
    method: "POST",
    path: "/grant-applications/:id/refuse",
    params: idParamsSchema,
    body: refuseInputSchema,
    status: 200,
    response: applicationSchema,
  }),
  decideGrant: apiRoute({
    method: "POST",
    path: "/grant-applications/:id/grant",
    params: idParamsSchema,
    body: grantDecisionInputSchema,
    status: 200,
    response: applicationSchema,
  }),
  grantNoticeDocx: letter("/grant-applications/:id/notice.docx"),
  grantNoticePdf: letter("/grant-applications/:id/notice.pdf"),
  grantSettlementDocx: letter("/grant-applications/:id/settlement.docx"),
  grantSettlementPdf: letter("/grant-applications/:id/settlement.pdf"),
  requestGrantPayment: apiRoute({
    method: "POST",
    path: "/grant-applications/:id/payment-requests",
    params: idParamsSchema,
    body: paymentRequestInputSchema,
    status: 201,
    response: applicationSchema,
  }),
  approveGrantPayment: applicationStep("/grant-payment-requests/:id/approve"),
  refuseGrantPayment: applicationStep("/grant-payment-requests/:id/refuse"),
  submitGrantProof: apiRoute({
    method: "POST",
    path: "/grant-applications/:id/proof",
    params: idParamsSchema,
    body: proofInputSchema,
    status: 201,
    response: applicationSchema,
  }),
  confirmGrantProof: applicationStep("/grant-applications/:id/proof/confirm"),

  listProgrammeLinks: apiRoute({
    method: "GET",
    path: "/grant-programmes/:id/links",
    params: idParamsSchema,
    status: 200,
    response: applicationLinkListSchema,
  }),
  createProgrammeLink: apiRoute({
    method: "POST",
    path: "/grant-programmes/:id/links",
    params: idParamsSchema,
    body: applicationLinkInputSchema,
    status: 201,
    response: createdApplicationLinkSchema,
  }),
  revokeProgrammeLink: apiRoute({
    method: "POST",
    path: "/grant-programmes/:id/links/:linkId/revoke",
    params: programmeLinkParamsSchema,
    status: 204,
  }),
  getGrantLinkScope: apiRoute({
    method: "GET",
    path: "/grant-link/:token",
    params: linkTokenParamsSchema,
    status: 200,
    response: applicationLinkScopeSchema,
  }),
  createLinkApplication: apiRoute({
    method: "POST",
    path: "/grant-link/:token/applications",
    params: linkTokenParamsSchema,
    body: linkApplicationInputSchema,
    status: 201,
    response: applicationSchema,
  }),
  getLinkApplication: apiRoute({
    method: "GET",
    path: "/grant-link/:token/applications/:id",
    params: linkApplicationParamsSchema,
    status: 200,
    response: applicationSchema,
  }),
  updateLinkApplication: apiRoute({
    method: "PUT",
    path: "/grant-link/:token/applications/:id",
    params: linkApplicationParamsSchema,
    body: linkApplicationInputSchema,
    status: 200,
    response: applicationSchema,
  }),
  submitLinkApplication: apiRoute({
    method: "POST",
    path: "/grant-link/:token/applications/:id/submit",
    params: linkApplicationParamsSchema,
    body: reasonInputSchema,
    status: 200,
    response: applicationSchema,
  }),
  withdrawLinkApplication: apiRoute({
    method: "POST",
    path: "/grant-link/:token/applications/:id/withdraw",
    params: linkApplicationParamsSchema,
    body: reasonInputSchema,
    status: 200,
    response: applicationSchema,
  }),

  /** The body is the file itself (its type the Content-Type), its name in the query. */
  uploadGrantApplicationFile: apiRoute({
    method: "POST",
    path: "/grant-applications/:id/files",
    params: idParamsSchema,
    querystring: uploadPaperFileQuerySchema,
    status: 201,
    response: applicationFileSchema,
  }),
  uploadLinkApplicationFile: apiRoute({
    method: "POST",
    path: "/grant-link/:token/applications/:id/files",
    params: linkApplicationParamsSchema,
    querystring: uploadPaperFileQuerySchema,
    status: 201,
    response: applicationFileSchema,
  }),
  getGrantApplicationFile: apiRoute({
    method: "GET",
    path: "/grant-applications/:id/files/:fileId",
    params: applicationFileParamsSchema,
    status: 200,
  }),
  getLinkApplicationFile: apiRoute({
    method: "GET",
    path: "/grant-link/:token/applications/:id/files/:fileId",
    params: linkApplicationFileParamsSchema,
    status: 200,
  }),
  removeGrantApplicationFile: apiRoute({
    method: "DELETE",
    path: "/grant-applications/:id/files/:fileId",
    params: applicationFileParamsSchema,
    status: 204,
  }),
  removeLinkApplicationFile: apiRoute({
    method: "DELETE",
    path: "/grant-link/:token/applications/:id/files/:fileId",
    params: linkApplicationFileParamsSchema,
    status: 204,
  }),
};

/** The letters of an application by file format: the notice and the settlement. */
export const grantLetterRoutes = {
  docx: { notice: grantRoutes.grantNoticeDocx, settlement: grantRoutes.grantSettlementDocx },
  pdf: { notice: grantRoutes.grantNoticePdf, settlement: grantRoutes.grantSettlementPdf },
};
