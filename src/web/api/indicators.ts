import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  CreatedLink,
  Indicator,
  IndicatorInput,
  IndicatorList,
  IndicatorOptions,
  Link,
  LinkInput,
  SubmissionInput,
  SubmissionScope,
  TargetsInput,
  ValueImportInput,
  ValueImportPreview,
  ValueInput,
} from "../../contract/indicators";
import { useLanguage } from "../i18n/useFormat";
import { type ApiError, getJson, sendJson, sendWrite } from "./client";
import { useApiQuery, useApiSend } from "./queries";

export const useIndicators = () => useApiQuery<IndicatorList>("/indicators");
export const useIndicator = (id: string) => useApiQuery<Indicator>(id ? `/indicators/${id}` : null);
export const useIndicatorOptions = () => useApiQuery<IndicatorOptions>("/indicators/options");

export const useEnterValue = (id: string) =>
  useApiSend<ValueInput, Indicator>("POST", `/indicators/${id}/values`);
export const useApproveValues = (id: string) =>
  useApiSend<{ valueIds: string[] }, Indicator>("POST", `/indicators/${id}/values/approve`);
export const useSetTargets = (id: string) =>
  useApiSend<TargetsInput, Indicator>("PUT", `/indicators/${id}/targets`);

// Definitions (office): create, edit, adopt a proposal, drop one.
export const useSaveIndicator = (id: string | null) =>
  useApiSend<IndicatorInput, Indicator>(
    id ? "PUT" : "POST",
    id ? `/indicators/${id}` : "/indicators",
  );

/**
 * Adopts a proposal of the starter catalogue as it stands: reads its full definition and saves it
 * with isProposal false (PUT /indicators/:id replaces the definition, partners included).
 */
export function useAdoptIndicator(toInput: (indicator: Indicator) => IndicatorInput) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Indicator, ApiError, string>({
    mutationFn: async (id) => {
      const current = await getJson<Indicator>(`/indicators/${id}`, language);
      return sendJson<Indicator>(
        "PUT",
        `/indicators/${id}`,
        { ...toInput(current), isProposal: false },
        language,
      );
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Drops an indicator (e.g. a proposal the county does not want) with its targets and values. */
export function useDropIndicator() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<undefined, ApiError, string>({
    mutationFn: async (id) => {
      await sendWrite("DELETE", `/indicators/${id}`, language, undefined);
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

// Submission links, value import and the no-login entry page.
export const useIndicatorLinks = () => useApiQuery<{ items: Link[] }>("/indicator-links");
export const useCreateLink = () => useApiSend<LinkInput, CreatedLink>("POST", "/indicator-links");
export function useRevokeLink() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<null, ApiError, string>({
    mutationFn: (id) => sendJson<null>("POST", `/indicator-links/${id}/revoke`, {}, language),
    onSuccess: () => client.invalidateQueries(),
  });
}
export const usePreviewImport = () =>
  useApiSend<ValueImportInput, ValueImportPreview>("POST", "/indicators/import/preview");
export const useRunImport = () =>
  useApiSend<ValueImportInput, { imported: number }>("POST", "/indicators/import");
export const useSubmissionScope = (token: string) =>
  useApiQuery<SubmissionScope>(
    token ? `/indicator-submissions/${encodeURIComponent(token)}` : null,
  );
export const useSubmitValues = (token: string) =>
  useApiSend<SubmissionInput, { saved: number }>(
    "POST",
    `/indicator-submissions/${encodeURIComponent(token)}`,
  );
