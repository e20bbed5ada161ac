import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { MyTask } from "../../contract/my-tasks";
import { getJson } from "./client";

/** Meine Aufgaben of the signed-in person (GET /api/v1/me/tasks). */
export function useMyTasks() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useQuery({
    queryKey: ["/me/tasks", language],
    queryFn: () => getJson<{ items: MyTask[] }>("/me/tasks", language),
  });
}
