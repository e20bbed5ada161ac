import { apiRoute } from "../api-route";
import { myTaskListSchema } from "../my-tasks";

/** Meine Aufgaben: what is due from the signed-in person. */
export const myTaskRoutes = {
  listMyTasks: apiRoute({
    method: "GET",
    path: "/me/tasks",
    status: 200,
    response: myTaskListSchema,
  }),
};
