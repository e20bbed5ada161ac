import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { seedRotenburg } from "../server/operations/seed/seed";
import { openDatabase } from "../server/platform/db/database";
import { adminUrl, templateName } from "./postgres-names";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplates: { empty: string; seeded: string };
    postgresTemplates: { empty: string; seeded: string };
  }
}

const runId = `${process.pid}_${Date.now().toString(36)}`;

async function buildPgliteTemplates(dir: string) {
  mkdirSync(dir, { recursive: true });
  const out = {
    empty: join(dir, `empty-${runId}.tar.gz`),
    seeded: join(dir, `seeded-${runId}.tar.gz`),
  };
  const client = new PGlite();
  const database = await openDatabase({ driver: "pglite", instance: client });
  await database.migrate();
  writeFileSync(out.empty, Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer()));
  await seedRotenburg(database.db, { examples: true });
  writeFileSync(out.seeded, Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer()));
  await database.close();
  return out;
}

async function buildPostgresTemplates(url: string) {
  const names = { empty: templateName(runId, "empty"), seeded: templateName(runId, "seeded") };
  const admin = await openDatabase({ driver: "postgres", url, poolSize: 1 });
  for (const name of Object.values(names)) {
    await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
    await admin.exec(`CREATE DATABASE ${name}`);
  }
  for (const [kind, name] of Object.entries(names)) {
    const db = await openDatabase({ driver: "postgres", url: adminUrl(url, name), poolSize: 1 });
    await db.migrate();
    if (kind === "seeded") await seedRotenburg(db.db, { examples: true });
    await db.close();
  }
  await admin.close();
  return names;
}

/**
 * Each driver has two projects (shared module graph and isolated, vitest.config.ts) on the same
 * templates: they are built once per run and driver, and dropped after the last project's
 * teardown. Kept on globalThis, since this module may be loaded once per project.
 */
type Shared = { templates: Promise<unknown>; users: number };
const holder = globalThis as { __kursTemplates?: Map<string, Shared> };
holder.__kursTemplates ??= new Map();
const shared = holder.__kursTemplates;
function once<T>(
  driver: string,
  build: () => Promise<T>,
): { templates: Promise<T>; release(): boolean } {
  let entry = shared.get(driver);
  if (!entry) {
    entry = { templates: build(), users: 0 };
    shared.set(driver, entry);
  }
  entry.users += 1;
  const mine = entry;
  return {
    templates: mine.templates as Promise<T>,
    release: () => {
      mine.users -= 1;
      if (mine.users > 0) return false;
      shared.delete(driver);
      return true;
    },
  };
}

export default async function setup(project: TestProject) {
  const driver = project.config.env?.KURS_TEST_DRIVER;
  if (driver === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is not set");
    const built = once("postgres", () => buildPostgresTemplates(url));
    const names = await built.templates;
    project.provide("postgresTemplates", names);
    return async () => {
      if (!built.release()) return;
      const admin = await openDatabase({ driver: "postgres", url, poolSize: 1 });
      // Drop the test databases of this run, then the templates.
      const rows = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like $1",
        // The prefix of the run that built the templates (test databases are named after it).
        [`${names.seeded.replace(/_tpl_.*$/, "")}%`],
      );
      for (const { datname } of rows)
        await admin.exec(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      for (const name of Object.values(names))
        await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  }
  const built = once("pglite", () => buildPgliteTemplates(resolve(".kurs-test")));
  project.provide("pgliteTemplates", await built.templates);
  return () => {
    built.release();
  };
}
