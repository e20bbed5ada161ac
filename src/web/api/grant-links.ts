import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { LinkApplicationInput } from "../../contract/grant-applications";
import type { Application } from "../../contract/grants";
import { grantRoutes as api } from "../../contract/routes/grants";
import { useLanguage } from "../i18n/useFormat";
import { callRoute, pathOf } from "./call";
import type { ApiError } from "./client";
import { useRouteQuery } from "./queries";
import type { AttachmentPaths } from "./upload";

/** What the link shows: the programme, the organisation, the applications made through it. */
export const useGrantLinkScope = (token: string) =>
  useRouteQuery(api.getGrantLinkScope, token ? { params: { token } } : null);

/** The Anlagen of an application made through the link (the token is the only credential). */
export const linkApplicationFilePaths = (token: string, id: string): AttachmentPaths => ({
  upload: (query) => pathOf(api.uploadLinkApplicationFile, { params: { token, id }, query }),
  file: (fileId) => pathOf(api.getLinkApplicationFile, { params: { token, id, fileId } }),
  remove: (fileId) => pathOf(api.removeLinkApplicationFile, { params: { token, id, fileId } }),
});

/**
 * Creates (POST, with an Idempotency-Key: a double click creates one) or edits (PUT) an
 * application through the link.
 */
export function useSaveLinkApplication(token: string, id: string | null) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Application, ApiError, LinkApplicationInput>({
    mutationFn: (input) =>
      id
        ? callRoute(api.updateLinkApplication, { params: { token, id }, body: input }, language)
        : callRoute(api.createLinkApplication, { params: { token }, body: input }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Submits (or withdraws) an application through the link. */
export function useLinkApplicationStep(token: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Application, ApiError, { id: string; step: "submit" | "withdraw" }>({
    mutationFn: ({ id, step }) =>
      callRoute(
        step === "submit" ? api.submitLinkApplication : api.withdrawLinkApplication,
        { params: { token, id }, body: { reason: null } },
        language,
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}
