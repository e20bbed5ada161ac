import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Application,
  ApplicationInput,
  ApplicationList,
  Pipeline,
  Programme,
} from "../../contract/grants";
import { useLanguage } from "../i18n/useFormat";
import { type ApiError, getJson, sendJson } from "./client";

export function useGrantProgrammes() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/grant-programmes", language],
    queryFn: () => getJson<{ items: Programme[] }>("/grant-programmes", language),
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
    queryFn: () => getJson<ApplicationList>(`/grant-applications${query}`, language),
  });
}

export function useGrantApplication(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/grant-applications", id, language],
    queryFn: () => getJson<Application>(`/grant-applications/${id}`, language),
  });
}

export function useGrantPipeline(fundId: string | undefined, enabled: boolean) {
  const language = useLanguage();
  const query = fundId ? `?fundId=${fundId}` : "";
  return useQuery({
    queryKey: ["/grant-pipeline", fundId ?? "", language],
    queryFn: () => getJson<Pipeline>(`/grant-pipeline${query}`, language),
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
        ? sendJson<Application>("PUT", `/grant-applications/${id}`, input, language)
        : sendJson<Application>("POST", "/grant-applications", input, language),
    onSuccess: () => client.invalidateQueries({ queryKey: ["/grant-applications"] }),
  });
}

/** One step on an application or payment request (submit, review, grant, pay, …). */
export function useGrantStep() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Application, ApiError, { path: string; body: unknown }>({
    mutationFn: ({ path, body }) => sendJson<Application>("POST", path, body, language),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["/grant-applications"] });
      client.invalidateQueries({ queryKey: ["/grant-pipeline"] });
      client.invalidateQueries({ queryKey: ["/funds"] });
    },
  });
}
