import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "../api/client";
import { useLanguage } from "../auth/session";

type Write = { method: "POST" | "PATCH" | "DELETE"; path: string; body?: unknown };

/** One write to a concept draft; afterwards the concept, the version and its diff are refetched. */
export function useConceptWrite<T = unknown>() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Write) => sendJson<T>(method, path, body, language),
    onSuccess: () => client.invalidateQueries(),
  });
}
