import { apiRoute } from "../api-route";
import { paperDeadlineInputSchema, paperDeadlineSettingSchema } from "../paper-deadline";

/** The county's Vorlagenfrist, read by the office and set by the admin. */
export const deadlineRoutes = {
  getPaperDeadline: apiRoute({
    method: "GET",
    path: "/county/paper-deadline",
    status: 200,
    response: paperDeadlineSettingSchema,
  }),
  setPaperDeadline: apiRoute({
    method: "PUT",
    path: "/county/paper-deadline",
    body: paperDeadlineInputSchema,
    status: 200,
    response: paperDeadlineSettingSchema,
  }),
};
