import type { FastifyInstance } from "fastify";
import { buildApp } from "../app";
import { resolveDefaultTenant } from "../tenancy/request-context";
import { createTestDatabase, type TestDatabase } from "./test-database";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  tenantId: string;
  close(): Promise<void>;
}

/** The API on a fresh seeded test database, for `app.inject` tests. */
export async function createTestApp(options: { seeded?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase(options);
  const app = await buildApp({ database });
  await app.ready();
  const tenantId = (await resolveDefaultTenant(database.db)) ?? "";
  return {
    app,
    database,
    tenantId,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
