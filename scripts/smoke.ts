import { PGlite } from "@electric-sql/pglite";
import { buildApp } from "../src/server/app";
import { seedRotenburg } from "../src/server/operations/seed/seed";
import { openDatabase } from "../src/server/platform/db/database";

const t0 = Date.now();
const database = await openDatabase({ driver: "pglite", instance: new PGlite() });
await database.migrate();
console.log("migrated", Date.now() - t0);
console.log(await seedRotenburg(database.db, { examples: true }));
const app = await buildApp({ database });
for (const url of ["/api/health", "/api/v1/overview", "/api/v1/concept"]) {
  const r = await app.inject({ url });
  console.log(url, r.statusCode, r.body.slice(0, 600));
}
const r = await app.inject({
  method: "POST",
  url: "/api/v1/concept/versions/abc/goals",
  payload: { title: "", foo: 1 },
  headers: { "accept-language": "de" },
});
console.log(r.statusCode, r.headers["content-type"], r.body);
const oa = await app.inject({ url: "/api/openapi.json" });
console.log(oa.statusCode, oa.body.slice(0, 200));
const d = await app.inject({ url: "/api/docs" });
console.log(d.statusCode, d.headers.location);
await app.close();
await database.close();
