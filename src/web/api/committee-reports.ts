import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DraftText } from "../../contract/committee-reports";
import { committeeReportRoutes as api } from "../../contract/routes/committee-reports";
import { useLanguage } from "../i18n/useFormat";
import { callRoute } from "./call";
import type { ApiError } from "./client";
import { useRouteQuery } from "./queries";
import { useRouteWrite } from "./route-write";

export const useReportingDuties = () => useRouteQuery(api.listReportingDuties, {});
export const useReportTasks = () => useRouteQuery(api.listReportTasks, {});
export const useReportDrafts = () => useRouteQuery(api.listReportDrafts, {});
export const useFinalReports = () => useRouteQuery(api.listCommitteeReports, {});

export function useDraftPreview(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/report-drafts", id, language],
    queryFn: () => callRoute(api.getReportDraft, { params: { id } }, language),
  });
}

export function useFinalReport(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/committee-reports", id, language],
    queryFn: () => callRoute(api.getCommitteeReport, { params: { id } }, language),
  });
}

/** A duty's own lead time (as typed) or null for the county's Vorlagenfrist. */
export function useSetPaperDeadline() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<unknown, ApiError, { id: string; paperDeadlineDays: number | string | null }>({
    mutationFn: ({ id, paperDeadlineDays }) =>
      callRoute(
        api.saveReportingDutySettings,
        { params: { id }, body: { paperDeadlineDays } },
        language,
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useSendReminders() {
  const language = useLanguage();
  return useMutation({
    mutationFn: (id: string) =>
      callRoute(api.sendReportingDutyReminders, { params: { id } }, language),
  });
}

export const useCreateDraft = () => useRouteWrite(api.createReportDraft, {});

export function useUpdateDraft(id: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftText) =>
      callRoute(api.saveReportDraftText, { params: { id }, body }, language),
    onSuccess: () => client.invalidateQueries({ queryKey: ["/report-drafts"] }),
  });
}

export const useFinaliseDraft = (id: string) =>
  useRouteWrite(api.finaliseReportDraft, { params: { id } });
