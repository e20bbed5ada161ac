import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLanguage } from "../i18n/useFormat";
import type { ApiError } from "./client";

/**
 * A write to the API (usually one callRoute of the route table), typed with the API's error; on
 * success every cached query is refreshed (lists, overview and roll-ups show what it changes).
 */
export function useRouteWrite<I, O>(send: (input: I, language: string) => Promise<O>) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<O, ApiError, I>({
    mutationFn: (input) => send(input, language),
    onSuccess: () => client.invalidateQueries(),
  });
}
