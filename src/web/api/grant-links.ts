import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationLinkScope, LinkApplicationInput } from "../../contract/grant-applications";
import type { Application } from "../../contract/grants";
import { useLanguage } from "../i18n/useFormat";
import { type ApiError, sendJson } from "./client";
import { useApiQuery } from "./queries";

/** The API of an Antragslink (no account): the token is the only credential. */
export const grantLinkPath = (token: string) => `/grant-link/${encodeURIComponent(token)}`;

/** What the link shows: the programme, the organisation, the applications made through it. */
export const useGrantLinkScope = (token: string) =>
  useApiQuery<ApplicationLinkScope>(token ? grantLinkPath(token) : null);

/**
 * Creates (POST, with an Idempotency-Key: a double click creates one) or edits (PUT) an
 * application through the link.
 */
export function useSaveLinkApplication(token: string, id: string | null) {
  const language = useLanguage();
  const client = useQueryClient();
  const base = `${grantLinkPath(token)}/applications`;
  return useMutation<Application, ApiError, LinkApplicationInput>({
    mutationFn: (input) =>
      id
        ? sendJson<Application>("PUT", `${base}/${id}`, input, language)
        : sendJson<Application>("POST", base, input, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Submits (or withdraws) an application through the link. */
export function useLinkApplicationStep(token: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Application, ApiError, { id: string; step: "submit" | "withdraw" }>({
    mutationFn: ({ id, step }) =>
      sendJson<Application>(
        "POST",
        `${grantLinkPath(token)}/applications/${id}/${step}`,
        { reason: null },
        language,
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}
