import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  DraftInput,
  DraftSummary,
  DraftText,
  FinalReport,
  ReportingDutySchedule,
  ReportTask,
} from "../../contract/committee-reports";
import { useLanguage } from "../i18n/useFormat";
import { type ApiError, getJson, sendJson } from "./client";

export interface DraftPreview {
  draft: DraftSummary;
  html: string;
}
export type FinalReportDetail = FinalReport & { html: string };

function useList<T>(path: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: [path, language],
    queryFn: () => getJson<{ items: T[] }>(path, language),
  });
}

export const useReportingDuties = () => useList<ReportingDutySchedule>("/reporting-duties");
export const useReportTasks = () => useList<ReportTask>("/report-tasks");
export const useReportDrafts = () => useList<DraftSummary>("/report-drafts");
export const useFinalReports = () => useList<FinalReport>("/committee-reports");

export function useDraftPreview(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/report-drafts", id, language],
    queryFn: () => getJson<DraftPreview>(`/report-drafts/${id}`, language),
  });
}

export function useFinalReport(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/committee-reports", id, language],
    queryFn: () => getJson<FinalReportDetail>(`/committee-reports/${id}`, language),
  });
}

function useSend<TBody, TResult>(method: "POST" | "PUT", path: (body: TBody) => string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<TResult, ApiError, TBody>({
    mutationFn: (body) => sendJson<TResult>(method, path(body), body, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** A duty's own lead time (as typed) or null for the county's Vorlagenfrist. */
export function useSetPaperDeadline() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<unknown, ApiError, { id: string; paperDeadlineDays: number | string | null }>({
    mutationFn: ({ id, paperDeadlineDays }) =>
      sendJson("PUT", `/reporting-duties/${id}/settings`, { paperDeadlineDays }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useSendReminders() {
  const language = useLanguage();
  return useMutation<
    { mailConfigured: boolean; recipients: number; sent: number; tasks: number },
    ApiError,
    string
  >({
    mutationFn: (id) => sendJson("POST", `/reporting-duties/${id}/reminders`, {}, language),
  });
}

export const useCreateDraft = () =>
  useSend<DraftInput, DraftSummary>("POST", () => "/report-drafts");

export function useUpdateDraft(id: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<DraftSummary, ApiError, DraftText>({
    mutationFn: (body) => sendJson("PUT", `/report-drafts/${id}`, body, language),
    onSuccess: () => client.invalidateQueries({ queryKey: ["/report-drafts"] }),
  });
}

export function useFinaliseDraft(id: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<FinalReport, ApiError, { supersedesReportId: string | null }>({
    mutationFn: (body) => sendJson("POST", `/report-drafts/${id}/finalise`, body, language),
    onSuccess: () => client.invalidateQueries(),
  });
}
