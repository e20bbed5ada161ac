import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouteArgs } from "../../contract/api-route";
import type { Application, ApplicationInput } from "../../contract/grants";
import { grantRoutes as api } from "../../contract/routes/grants";
import { useLanguage } from "../i18n/useFormat";
import { callRoute, pathOf } from "./call";
import type { ApiError } from "./client";
import type { AttachmentPaths } from "./upload";

export function useGrantProgrammes() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/grant-programmes", language],
    queryFn: () => callRoute(api.listGrantProgrammes, {}, language),
  });
}

/** Applications, optionally of one fund or one provider organisation. */
export function useGrantApplications(filter: { fundId?: string; partnerId?: string } = {}) {
  const language = useLanguage();
  const params = new URLSearchParams();
  if (filter.fundId) params.set("fundId", filter.fundId);
  if (filter.partnerId) params.set("partnerId", filter.partnerId);
  const query = params.toString() ? `?${params}` : "";
  return useQuery({
    queryKey: ["/grant-applications", query, language],
    queryFn: () =>
      callRoute(
        api.listGrantApplications,
        { query: { fundId: filter.fundId, partnerId: filter.partnerId } },
        language,
      ),
  });
}

/** The Anlagen of an application (signed in). */
export const applicationFilePaths = (id: string): AttachmentPaths => ({
  upload: (query) => pathOf(api.uploadGrantApplicationFile, { params: { id }, query }),
  file: (fileId) => pathOf(api.getGrantApplicationFile, { params: { id, fileId } }),
  remove: (fileId) => pathOf(api.removeGrantApplicationFile, { params: { id, fileId } }),
});

export function useGrantApplication(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/grant-applications", id, language],
    queryFn: () => callRoute(api.getGrantApplication, { params: { id } }, language),
  });
}

export function useGrantPipeline(fundId: string | undefined, enabled: boolean) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/grant-pipeline", fundId ?? "", language],
    queryFn: () => callRoute(api.getGrantPipeline, { query: { fundId } }, language),
    enabled,
  });
}

/**
 * Creates (POST) or edits (PUT) an application. A POST carries an Idempotency-Key from the
 * path and body (api/client.ts): a double click creates one application.
 */
export function useSaveApplication(id: string | null) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Application, ApiError, ApplicationInput>({
    mutationFn: (input) =>
      id
        ? callRoute(api.updateGrantApplication, { params: { id }, body: input }, language)
        : callRoute(api.createGrantApplication, { body: input }, language),
    onSuccess: () => client.invalidateQueries({ queryKey: ["/grant-applications"] }),
  });
}

/** The steps on an application or one of its payment requests; each answers the application. */
const stepRoutes = {
  submit: api.submitGrantApplication,
  withdraw: api.withdrawGrantApplication,
  review: api.reviewGrantApplication,
  refuse: api.refuseGrantApplication,
  grant: api.decideGrant,
  requestPayment: api.requestGrantPayment,
  approvePayment: api.approveGrantPayment,
  submitProof: api.submitGrantProof,
  confirmProof: api.confirmGrantProof,
};
type StepRoutes = typeof stepRoutes;

/** One step: its name, the id of the application (or payment request), and its body. */
export type GrantStep = {
  [K in keyof StepRoutes]: { step: K } & RouteArgs<StepRoutes[K]>;
}[keyof StepRoutes];

/** One step on an application or payment request (submit, review, grant, pay, …). */
export function useGrantStep() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Application, ApiError, GrantStep>({
    mutationFn: ({ step, ...args }) => callRoute(stepRoutes[step], args, language),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["/grant-applications"] });
      client.invalidateQueries({ queryKey: ["/grant-pipeline"] });
      client.invalidateQueries({ queryKey: ["/funds"] });
    },
  });
}
