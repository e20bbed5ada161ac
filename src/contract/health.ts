import { z } from "zod";

/** The two database drivers Kurs runs on (embedded PGlite or a PostgreSQL server). */
export const databaseDriverSchema = z.enum(["pglite", "postgres"]);

export const healthSchema = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    database: databaseDriverSchema,
    migrations: z.enum(["current", "pending", "unknown"]).optional(),
  })
  .meta({ id: "Health" });
export type Health = z.infer<typeof healthSchema>;
