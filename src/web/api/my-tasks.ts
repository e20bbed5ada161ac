import { useQuery } from "@tanstack/react-query";
import { myTaskRoutes as api } from "../../contract/routes/my-tasks";
import { useLanguage } from "../i18n/useFormat";
import { callRoute } from "./call";

/** Meine Aufgaben of the signed-in person (GET /api/v1/me/tasks). */
export function useMyTasks() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/me/tasks", language],
    queryFn: () => callRoute(api.listMyTasks, {}, language),
  });
}
