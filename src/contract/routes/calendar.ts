import { apiRoute } from "../api-route";
import { calendarFeedCreatedSchema, calendarFeedStatusSchema } from "../calendar";

/** The signed-in person's calendar link (the .ics feeds themselves are outside /api/v1). */
export const calendarRoutes = {
  getCalendarFeed: apiRoute({
    method: "GET",
    path: "/account/calendar-feed",
    status: 200,
    response: calendarFeedStatusSchema,
  }),
  replaceCalendarFeed: apiRoute({
    method: "PUT",
    path: "/account/calendar-feed",
    status: 200,
    response: calendarFeedCreatedSchema,
  }),
  revokeCalendarFeed: apiRoute({ method: "DELETE", path: "/account/calendar-feed", status: 204 }),
};
