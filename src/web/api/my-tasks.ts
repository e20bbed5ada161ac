import { useQuery } from "@tanstack/react-query";
import type { MyTask } from "../../contract/my-tasks";
import { useLanguage } from "../i18n/useFormat";
import { getJson } from "./client";

/** Meine Aufgaben of the signed-in person (GET /api/v1/me/tasks). */
export function useMyTasks() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/me/tasks", language],
    queryFn: () => getJson<{ items: MyTask[] }>("/me/tasks", language),
  });
}
