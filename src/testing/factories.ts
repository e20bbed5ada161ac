import type { z } from "zod";
import type { ConceptVersion } from "../contract/concept";
import type { Committee, CreatePaper, Meeting, Paper } from "../contract/council";
import type { Indicator, IndicatorInput } from "../contract/indicators";
import type { Fund } from "../contract/ledger";
import type { Measure, MeasureInput } from "../contract/measures";
import type { MunicipalityInput } from "../contract/municipalities";
import type { PartnerInput } from "../contract/partners";
import type {
  fundPurposeSpecSchema,
  RecordResolution,
  ResolutionEffectInput,
} from "../contract/resolution";
import type { CommitteeKind, ReportingCadence } from "../domain/council-vocabulary";
import { importConcept } from "../server/features/concept/import/service";
import { getVersion } from "../server/features/concept/service";
import {
  createCommittee,
  createMeeting,
  createPaper,
  getCouncil,
} from "../server/features/council/service";
import { createIndicator } from "../server/features/indicators/service";
import { getFund, listFunds } from "../server/features/ledger/read";
import { getOptions } from "../server/features/measures/read";
import { createMeasure } from "../server/features/measures/service";
import { createPartner } from "../server/features/partners/service";
import { recordResolution } from "../server/features/resolutions/service";
import { createUser } from "../server/platform/auth/accounts";
import type { Actor } from "../server/platform/auth/actor";
import type { Database } from "../server/platform/db/database";
import type { Role } from "../server/platform/db/schema";
import { type TenantDb, tenantDb } from "../server/platform/db/tenant-scope";
import { saveMunicipality } from "../server/platform/tenancy/municipality-service";
import { createTenant } from "../server/platform/tenancy/tenants";
import type { TestApp } from "./test-app";

/**
 * Test data that a test states itself (issue: tests lean on the seed's strings): small functions
 * that create a county, committee, meeting, paper, resolution, fund, partner, measure or account with
 * defaults (and an adopted concept), through the same services the API calls (rules, audit, row-level security). Each
 * takes the test app (or a county's scope) and returns what it created; names are unique per
 * call, so a test finds its own rows without knowing the seed's.
 */

const actor: Actor = { actor: "test:factory" };
let counter = 0;
/** "Prefix 1", "Prefix 2", … — unique within the test process. */
const unique = (prefix: string) => `${prefix} ${++counter}`;

/** The county's scope of a test app (its default county), or of another county's id. */
export function scopeOf(t: Pick<TestApp, "database" | "tenantId">, tenantId = t.tenantId) {
  return tenantDb(t.database.db, tenantId);
}

/** A further county (tenant) with its default measure types; returns its scope. */
export async function county(
  database: Database,
  input: { slug?: string; name?: string; municipalities?: string[] } = {},
): Promise<TenantDb & { slug: string }> {
  const slug = input.slug ?? `kreis-${++counter}-${process.pid}`;
  const created = await createTenant(
    database.db,
    {
      slug,
      name: input.name ?? unique("Landkreis Muster"),
      municipalities: input.municipalities ?? [],
    },
    actor.actor,
  );
  return Object.assign(tenantDb(database.db, created.id), { slug });
}

export function committee(
  scope: TenantDb,
  input: { name?: string; shortName?: string; kind?: CommitteeKind } = {},
): Promise<Committee> {
  return createCommittee(scope, {
    ...actor,
    input: {
      name: input.name ?? unique("Ausschuss"),
      shortName: input.shortName,
      kind: input.kind ?? "specialistCommittee",
    },
  });
}

/**
 * One of the two committees every county starts with (platform/tenancy/tenants.ts): the Kreistag
 * (council) or the Kreisausschuss (executiveCommittee).
 */
export async function builtInCommittee(
  scope: TenantDb,
  kind: "council" | "executiveCommittee" = "council",
): Promise<Committee> {
  const found = (await getCouncil(scope, { mayEdit: true })).committees.find(
    (c) => c.kind === kind,
  );
  if (!found) throw new Error(`the county has no ${kind}`);
  return found;
}

export function meeting(
  scope: TenantDb,
  input: { committeeId: string; meetingDate: string; name?: string },
): Promise<Meeting> {
  return createMeeting(scope, { ...actor, input: { name: unique("Sitzung"), ...input } });
}

/** A decision paper (Beschlussvorlage), by default for the committee's decision. */
export function paper(
  scope: TenantDb,
  input: Partial<CreatePaper> & { committeeId: string; meetingId?: string },
): Promise<Paper> {
  const { committeeId, meetingId, ...rest } = input;
  return createPaper(scope, {
    ...actor,
    input: {
      kind: "decision",
      title: unique("Vorlage"),
      consultations: [{ committeeId, meetingId, role: "decision" }],
      ...rest,
    },
  });
}

/** A resolution (adopted unless said otherwise) with its effects applied. */
export function resolution(
  scope: TenantDb,
  input: Partial<RecordResolution> & { committeeId: string; effects?: ResolutionEffectInput[] },
) {
  return recordResolution(scope, {
    ...actor,
    input: {
      ...input,
      decidedOn: input.decidedOn ?? "2024-01-15",
      outcome: input.outcome ?? "adopted",
      text: input.text ?? unique("Beschluss"),
    },
  });
}

/** A reporting duty of the committee, laid down by a resolution (requireReporting). */
export async function reportingDuty(
  scope: TenantDb,
  input: { committeeId: string; cadence?: ReportingCadence; decidedOn?: string },
) {
  await resolution(scope, {
    committeeId: input.committeeId,
    decidedOn: input.decidedOn,
    effects: [
      {
        type: "requireReporting",
        committeeId: input.committeeId,
        cadence: input.cadence ?? "halfYearly",
      },
    ],
  });
}

/** An action field of a concept outline: its goals with their recommendations. */
export interface FieldOutline {
  title: string;
  goals?: { title: string; recommendations: string[] }[];
}

/**
 * A concept version with these action fields (by default two, each with a goal and a
 * recommendation), imported as a draft (the concept import) and adopted by a resolution of the
 * committee; the field named `focus` becomes the focus. Returns the adopted version.
 */
export async function concept(
  scope: TenantDb,
  input: {
    committeeId: string;
    fields?: FieldOutline[];
    focus?: string;
    decidedOn?: string;
    title?: string;
    /** Further effects of the adopting resolution (e.g. a fund granted with it). */
    effects?: ResolutionEffectInput[];
  },
): Promise<ConceptVersion> {
  const fields = input.fields ?? [
    { title: unique("Handlungsfeld") },
    { title: unique("Handlungsfeld") },
  ];
  const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const rows = fields.flatMap((f, fi) => {
    const goals = f.goals ?? [{ title: unique("Ziel"), recommendations: [unique("Empfehlung")] }];
    return [
      `1;${fi + 1};${cell(f.title)};`,
      ...goals.flatMap((g, gi) => [
        `2;${fi + 1}.${gi + 1};${cell(g.title)};`,
        ...g.recommendations.map((r, ri) => `3;${fi + 1}.${gi + 1}.${ri + 1};${cell(r)};`),
      ]),
    ];
  });
  const imported = await importConcept(scope, {
    ...actor,
    input: {
      format: "csv",
      content: ["Ebene;Nummer;Titel;Beschreibung", ...rows].join("\n"),
      title: input.title ?? unique("Integrationskonzept"),
    },
  });
  if (!("imported" in imported)) throw new Error("concept factory: outline refused");
  const versionId = imported.imported.versionId;
  const draft = await getVersion(scope, { versionId, includeDrafts: true });
  const focus = draft.actionFields.find((f) => f.title === input.focus);
  if (input.focus && !focus) throw new Error(`concept factory: no field ${input.focus}`);
  await resolution(scope, {
    committeeId: input.committeeId,
    decidedOn: input.decidedOn,
    effects: [
      { type: "adoptConceptVersion", conceptVersionId: versionId },
      ...(focus ? [{ type: "setFocus" as const, actionFieldLineageId: focus.lineageId }] : []),
      ...(input.effects ?? []),
    ],
  });
  return getVersion(scope, { versionId, includeDrafts: false });
}

/** A fund granted by a resolution of the committee (grantFund), without a purpose unless given. */
export async function fund(
  scope: TenantDb,
  input: {
    committeeId: string;
    name?: string;
    purpose?: z.input<typeof fundPurposeSpecSchema>[];
    fiscalYear?: number;
    estimateCents?: number;
    decidedOn?: string;
  },
): Promise<Fund> {
  const name = input.name ?? unique("Haushaltsmittel");
  const fiscalYear = input.fiscalYear ?? 2024;
  await resolution(scope, {
    committeeId: input.committeeId,
    decidedOn: input.decidedOn ?? `${fiscalYear}-01-15`,
    effects: [
      {
        type: "grantFund",
        name,
        fiscalYear,
        estimateCents: input.estimateCents ?? 10_000_000,
        purpose: input.purpose ?? [],
      },
    ],
  });
  const created = (await listFunds(scope)).items.find((f) => f.name === name);
  if (!created) throw new Error(`fund ${name} not granted`);
  return getFund(scope, { fundId: created.id });
}

export function partner(scope: TenantDb, input: Partial<PartnerInput> = {}) {
  return createPartner(scope, {
    ...actor,
    input: { name: unique("Träger"), kind: "educationProvider", ...input },
  });
}

/**
 * A measure of the adopted concept: by default of the first measure type and linked to the
 * first recommendation of the first action field (the county needs an adopted concept).
 */
export async function measure(
  scope: TenantDb,
  input: Partial<MeasureInput> & { typeKey?: string; actionFieldTitle?: string } = {},
  today = "2024-01-15",
): Promise<Measure> {
  const { typeKey, actionFieldTitle, ...rest } = input;
  const options = await getOptions(scope, { canEdit: true });
  const type = typeKey
    ? options.measureTypes.find((m) => m.key === typeKey)
    : options.measureTypes[0];
  const field = actionFieldTitle
    ? options.actionFields.find((f) => f.title === actionFieldTitle)
    : options.actionFields[0];
  const recommendation = field?.goals.flatMap((g) => g.recommendations)[0];
  if (!type || !recommendation) throw new Error("measure factory: no type or no adopted concept");
  return createMeasure(scope, {
    ...actor,
    today,
    input: {
      title: unique("Maßnahme"),
      measureTypeId: type.id,
      recommendationIds: [recommendation.id],
      ...rest,
    },
  });
}

/** An account of this role (password accepted by the rules); returns its e-mail and password. */
export async function account(scope: TenantDb, role: Role, password = "Fabrik-Passwort-2026!") {
  const email = `${role}-${++counter}-${process.pid}@fabrik.example`;
  await createUser(scope, { email, role, password }, actor);
  return { email, password };
}

/** An indicator (a yearly count, not publishable, unless said otherwise) created as the API does. */
export function indicator(
  scope: TenantDb,
  input: Partial<IndicatorInput> = {},
  year = 2025,
): Promise<Indicator> {
  const n = ++counter;
  return createIndicator(scope, {
    ...actor,
    year,
    input: {
      key: `kennzahl-${n}`,
      name: `Kennzahl ${n}`,
      unit: "count",
      direction: "higherIsBetter",
      periodicity: "year",
      publishable: false,
      aggregation: "sum",
      ...input,
    },
  });
}

/** A municipality of the county (kind municipality, no AGS unless given), as the office adds it. */
export function municipality(scope: TenantDb, input: Partial<MunicipalityInput> = {}) {
  return saveMunicipality(scope, {
    actor,
    input: { name: unique("Gemeinde"), kind: "municipality", ags: null, ...input },
  });
}
