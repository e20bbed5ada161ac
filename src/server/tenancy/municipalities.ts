import { and, asc, eq, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, problemSchema } from "../../contract/common";
import {
  type MunicipalityInput,
  municipalityImportSchema,
  municipalityInputSchema,
  municipalitySchema,
} from "../../contract/municipalities";
import { tenantSettingsSchema } from "../../contract/tenant-settings";
import { municipalityAgsProblem } from "../../domain/ags";
import { DomainError } from "../../domain/errors";
import { recordAudit } from "../audit/record-audit";
import type { Executor } from "../db/database";
import { municipality, tenant } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import { readTable } from "../tabular/read-table";
import { checkMunicipalityTable } from "./municipality-table";

const tags = ["Landkreis"];
const columns = {
  id: municipality.id,
  name: municipality.name,
  kind: municipality.kind,
  ags: municipality.ags,
  position: municipality.position,
};

async function countyPrefix(tx: Executor, tenantId: string) {
  const [row] = await tx
    .select({ settings: tenant.settings })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  return tenantSettingsSchema.parse(row?.settings ?? {}).agsPrefix ?? null;
}

async function checkInput(
  tx: Executor,
  tenantId: string,
  input: MunicipalityInput,
  selfId?: string,
) {
  if (input.ags) {
    const problem = municipalityAgsProblem(input.ags, await countyPrefix(tx, tenantId));
    if (problem) throw new DomainError("invalid", problem, {}, "ags");
  }
  const same = await tx
    .select({ id: municipality.id })
    .from(municipality)
    .where(
      and(
        eq(municipality.tenantId, tenantId),
        sql`lower(${municipality.name}) = lower(${input.name})`,
      ),
    );
  if (same.some((m) => m.id !== selfId))
    throw new DomainError("conflict", "municipality.duplicate", {}, "name");
}

type Actor = { actor: string; requestId?: string };

function save(scope: TenantDb, actor: Actor, input: MunicipalityInput, id?: string) {
  return scope.transaction((tx) => saveIn(tx, scope.tenantId, actor, input, id));
}

async function saveIn(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: MunicipalityInput,
  id?: string,
) {
  {
    const [before] = id
      ? await tx
          .select(columns)
          .from(municipality)
          .where(and(eq(municipality.tenantId, tenantId), eq(municipality.id, id)))
          .for("update")
      : [undefined];
    if (id && !before) throw new DomainError("notFound", "municipality.notFound");
    await checkInput(tx, tenantId, input, id);
    let row: typeof before;
    if (id) {
      [row] = await tx
        .update(municipality)
        .set(input)
        .where(and(eq(municipality.tenantId, tenantId), eq(municipality.id, id)))
        .returning(columns);
    } else {
      const [max] = await tx
        .select({ n: sql<number>`coalesce(max(${municipality.position}), 0)::int` })
        .from(municipality)
        .where(eq(municipality.tenantId, tenantId));
      [row] = await tx
        .insert(municipality)
        .values({ tenantId, ...input, position: (max?.n ?? 0) + 1 })
        .returning(columns);
    }
    if (!row) throw new Error("municipality write returned nothing");
    await recordAudit(tx, {
      tenantId,
      ...actor,
      action: id ? "municipality.update" : "municipality.create",
      entityType: "municipality",
      entityId: row.id,
      before: before ?? null,
      after: row,
    });
    return row;
  }
}

/** The county's municipalities: list (everyone), add, edit and import (the office). */
export function municipalityRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/municipalities",
      {
        config: { permission: "measures.read" },
        schema: {
          tags,
          summary: "Kommunen des Landkreises",
          response: { 200: z.array(municipalitySchema) },
        },
      },
      async (request) =>
        request.tenantDb.transaction((tx) =>
          tx
            .select(columns)
            .from(municipality)
            .where(eq(municipality.tenantId, request.tenantId))
            .orderBy(asc(municipality.position)),
        ),
    );
    app.post(
      "/municipalities",
      {
        config: { permission: "municipalities.edit", idempotent: true },
        schema: {
          tags,
          summary: "Kommune anlegen (AGS: 8 Ziffern mit dem Kreisschlüssel)",
          body: municipalityInputSchema,
          response: { 201: municipalitySchema, 409: problemSchema, 422: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await save(request.tenantDb, request.actor, request.body)),
    );
    app.put(
      "/municipalities/:id",
      {
        config: { permission: "municipalities.edit" },
        schema: {
          tags,
          summary: "Kommune ändern (Name, Art, AGS)",
          params: idParamsSchema,
          body: municipalityInputSchema,
          response: {
            200: municipalitySchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request) => save(request.tenantDb, request.actor, request.body, request.params.id),
    );
    app.post(
      "/municipalities/import",
      {
        config: { permission: "municipalities.edit", idempotent: true },
        schema: {
          tags,
          summary: "Kommunen aus CSV/XLSX (Name, AGS) anlegen: alle oder keine",
          body: municipalityImportSchema,
          response: { 201: z.object({ imported: z.number().int() }), 422: problemSchema },
        },
      },
      async (request, reply) => {
        const { tenantId } = request;
        const table = await readTable(request.body);
        const imported = await request.tenantDb.transaction(async (tx) => {
          const existing = await tx
            .select({ name: municipality.name })
            .from(municipality)
            .where(eq(municipality.tenantId, tenantId));
          const checked = checkMunicipalityTable(
            table,
            await countyPrefix(tx, tenantId),
            new Set(existing.map((m) => m.name.toLowerCase())),
          );
          if (checked.missingColumns.length)
            throw new DomainError("invalid", "municipality.nameMissing", {}, "content");
          const problem = checked.rows.flatMap((r) =>
            r.problems.map((p) => ({ ...p, row: r.row })),
          )[0];
          if (problem)
            throw new DomainError(
              "invalid",
              problem.code,
              {},
              `rows.${problem.row}.${problem.column}`,
            );
          for (const r of checked.rows)
            await saveIn(tx, tenantId, request.actor, {
              name: r.name,
              kind: "municipality",
              ags: r.ags,
            });
          return checked.rows.length;
        });
        return reply.code(201).send({ imported });
      },
    );
  };
}
