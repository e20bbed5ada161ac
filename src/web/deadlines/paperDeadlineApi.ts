import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { deadlineRoutes as api } from "../../contract/routes/deadlines";
import { callRoute } from "../api/call";
import type { ApiError } from "../api/client";
import { useLanguage } from "../auth/session";

/** The county's Vorlagenfrist (GET /county/paper-deadline; the office may read it). */
export function useCountyPaperDeadline() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/county/paper-deadline", language],
    queryFn: () => callRoute(api.getPaperDeadline, {}, language),
  });
}

/** Sets it (the county's admin); the value goes as typed and is refused at the field (422). */
export function useSaveCountyPaperDeadline() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<{ paperDeadlineDays: number }, ApiError, number | string>({
    mutationFn: (typed) =>
      callRoute(api.setPaperDeadline, { body: { paperDeadlineDays: typed } }, language),
    // Every deadline Kurs shows follows from it (reports, tasks, funds, calendar).
    onSuccess: () => client.invalidateQueries(),
  });
}
