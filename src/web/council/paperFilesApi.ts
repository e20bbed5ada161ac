import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Paper, UpdatePaper } from "../../contract/council";
import { ApiError, looksLikeProblem } from "../api/client";

async function send<T>(path: string, init: RequestInit, language: string): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    ...init,
    headers: { accept: "application/json", "accept-language": language, ...init.headers },
    credentials: "same-origin",
  });
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, looksLikeProblem(payload) ? payload : null);
  return payload as T;
}

function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

export function useUpdatePaper(paperId: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePaper) =>
      send<Paper>(
        `/papers/${paperId}`,
        {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        },
        language,
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}
