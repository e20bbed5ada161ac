import { z } from "zod";

export const healthSchema = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    database: z.enum(["pglite", "postgres"]),
    migrations: z.enum(["current", "pending", "unknown"]).optional(),
  })
  .meta({ id: "Health" });
export type Health = z.infer<typeof healthSchema>;
