import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { myTaskRoutes as api } from "../../../contract/routes/my-tasks";
import { todayIso } from "../../platform/clock";
import { listMyTasks } from "./service";

/** Meine Aufgaben: what is due from the signed-in person. */
export function myTaskRoutes() {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      api.listMyTasks.path,
      {
        config: { permission: "tasks.self" },
        schema: {
          tags: ["Aufgaben"],
          summary:
            "Meine Aufgaben: fällige Sachstände, Kennzahlwerte und Berichtsentwürfe, nächste Frist zuerst",
          response: { 200: api.listMyTasks.response, 401: problemSchema },
        },
      },
      async (request) => {
        const user = request.session?.user;
        if (!user) return { items: [] };
        return listMyTasks(request.tenantDb, { person: user, today: todayIso() });
      },
    );
  };
}
