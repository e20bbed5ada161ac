import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OParlSync } from "../../contract/oparl-sync";
import { oparlSyncRoutes as api } from "../../contract/routes/oparl-sync";
import type { OParlSchedule } from "../../domain/oparl-schedule";
import { callRoute } from "../api/call";
import type { ApiError } from "../api/client";
import { useLanguage } from "../auth/session";

const key = ["/oparl-sync"];

/** The sync state; asked every second while a run is in progress (its progress). */
export function useOParlSync() {
  const language = useLanguage();
  return useQuery({
    queryKey: [...key, language],
    queryFn: () => callRoute(api.getOParlSync, {}, language),
    refetchInterval: (query) => (query.state.data?.running ? 1000 : false),
    retry: false,
  });
}

function useSyncMutation<T>(send: (body: T, language: string) => Promise<OParlSync>) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<OParlSync, ApiError, T>({
    mutationFn: (body) => send(body, language),
    onSuccess: (data) => {
      client.setQueryData([...key, language], data);
      void client.invalidateQueries();
    },
  });
}

export const useSaveOParlSource = () =>
  useSyncMutation<{ entryUrl: string }>((body, language) =>
    callRoute(api.saveOParlSyncSource, { body }, language),
  );

export const useSaveOParlSchedule = () =>
  useSyncMutation<{ schedule: OParlSchedule }>((body, language) =>
    callRoute(api.saveOParlSyncSchedule, { body }, language),
  );

export const useStartOParlRun = () =>
  useSyncMutation<{ full: boolean }>((body, language) =>
    callRoute(api.startOParlSync, { body }, language),
  );
