import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import {
  committeeKinds,
  consultationRoles,
  paperKinds,
  type ReportingCadence,
  reportingCadences,
  resolutionOutcomes,
} from "../../../../domain/council-vocabulary";
import { paperDeadlineRange } from "../../../../domain/paper-deadline";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { tenant } from "./tenant";
import { valueCheck } from "./value-check";

/** Gremium (OParl Organization). */
export const committee = pgTable(
  "committee",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    kind: text("kind", { enum: committeeKinds }).notNull(),
    createdAt: createdAtColumn(),
    modifiedAt: timestamp("modified_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    /** The object's URL in the OParl system it was imported from (null: entered in Kurs). */
    oparlId: text("oparl_id"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    unique("committee_oparl_uq").on(t.tenantId, t.oparlId),
    valueCheck("committee_kind_ck", t.kind, committeeKinds),
  ],
);

/** Sitzung. */
export const meeting = pgTable(
  "meeting",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    committeeId: uuid("committee_id").notNull(),
    name: text("name").notNull(),
    meetingDate: date("meeting_date", { mode: "string" }).notNull(),
    location: text("location"),
    /** What the meeting concluded, as recorded (e.g. the working group's consensus). */
    resultSummary: text("result_summary"),
    createdAt: createdAtColumn(),
    modifiedAt: timestamp("modified_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    /** The object's URL in the OParl system it was imported from (null: entered in Kurs). */
    oparlId: text("oparl_id"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("meeting_oparl_uq").on(t.tenantId, t.oparlId),
    foreignKey({
      columns: [t.tenantId, t.committeeId],
      foreignColumns: [committee.tenantId, committee.id],
    }),
  ],
);

/** Vorlage / Drucksache (OParl Paper). */
export const paper = pgTable(
  "paper",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    reference: text("reference"),
    kind: text("kind", { enum: paperKinds }).notNull(),
    title: text("title").notNull(),
    statementOfFacts: text("statement_of_facts").notNull().default(""),
    proposedResolution: text("proposed_resolution"),
    financialImpact: text("financial_impact"),
    leadUnit: text("lead_unit"),
    paperDate: date("paper_date", { mode: "string" }),
    /**
     * What adopting the paper would change in Kurs (typed resolution effects), when Kurs drafted
     * it from data; the resolution form proposes them, the resolution applies them.
     */
    proposedEffects: jsonb("proposed_effects").$type<ResolutionEffect[]>().notNull().default([]),
    createdAt: createdAtColumn(),
    modifiedAt: timestamp("modified_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    /** The object's URL in the OParl system it was imported from (null: entered in Kurs). */
    oparlId: text("oparl_id"),
    /**
     * When the import last wrote it (its `modified_at` then): a later `modified_at` means it was
     * edited in Kurs since, and the import reports a conflict instead of overwriting it.
     */
    oparlSyncedAt: timestamp("oparl_synced_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("paper_oparl_uq").on(t.tenantId, t.oparlId),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    valueCheck("paper_kind_ck", t.kind, paperKinds),
  ],
);

/** Tagesordnungspunkt. */
export const agendaItem = pgTable(
  "agenda_item",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    meetingId: uuid("meeting_id").notNull(),
    number: text("number"),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    paperId: uuid("paper_id"),
    result: text("result"),
    /** The object's URL in the OParl system it was imported from (null: entered in Kurs). */
    oparlId: text("oparl_id"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("agenda_item_oparl_uq").on(t.tenantId, t.oparlId),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meeting.tenantId, meeting.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.paperId], foreignColumns: [paper.tenantId, paper.id] }),
  ],
);

/** Beratungsfolge: one step of a paper through a committee. outcome null = still open. */
export const consultation = pgTable(
  "consultation",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    paperId: uuid("paper_id").notNull(),
    committeeId: uuid("committee_id").notNull(),
    meetingId: uuid("meeting_id"),
    position: integer("position").notNull(),
    role: text("role", { enum: consultationRoles }).notNull(),
    outcome: text("outcome", { enum: resolutionOutcomes }),
    /** The object's URL in the OParl system it was imported from (null: entered in Kurs). */
    oparlId: text("oparl_id"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("consultation_oparl_uq").on(t.tenantId, t.oparlId),
    foreignKey({
      columns: [t.tenantId, t.paperId],
      foreignColumns: [paper.tenantId, paper.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.tenantId, t.committeeId],
      foreignColumns: [committee.tenantId, committee.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meeting.tenantId, meeting.id],
    }),
    valueCheck("consultation_role_ck", t.role, consultationRoles),
  ],
);

/** One entry of a fund's purpose as a resolution states it. */
export interface FundPurposeSpec {
  kind: "actionField" | "goal" | "recommendation" | "measure" | "measureType";
  actionFieldLineageId?: string | null;
  targetId?: string | null;
  measureTypeId?: string | null;
  note?: string | null;
}

/** Typed effects a resolution applies when adopted. Dates default to the decision date. */
export type ResolutionEffect =
  | { type: "adoptConceptVersion"; conceptVersionId: string }
  | { type: "confirmConceptVersion"; conceptVersionId: string }
  | {
      type: "setFocus";
      actionFieldLineageId: string;
      validFrom?: string | null;
      validTo?: string | null;
    }
  | {
      type: "grantFund";
      name: string;
      fiscalYear: number;
      estimateCents: number;
      budgetLine?: string | null;
      purpose: FundPurposeSpec[];
    }
  | {
      type: "changeFundPurpose";
      fundId: string;
      validFrom?: string | null;
      purpose: FundPurposeSpec[];
    }
  | {
      type: "requireReporting";
      committeeId: string;
      cadence: ReportingCadence;
      validFrom?: string | null;
      subject?: string | null;
    }
  | { type: "endReporting"; reportingDutyId: string; validTo?: string | null };

/** Beschluss: a committee's outcome on a paper at a meeting. Never edited; corrected by a later one. */
export const resolution = pgTable(
  "resolution",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    committeeId: uuid("committee_id").notNull(),
    meetingId: uuid("meeting_id"),
    paperId: uuid("paper_id"),
    consultationId: uuid("consultation_id"),
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    outcome: text("outcome", { enum: resolutionOutcomes }).notNull(),
    text: text("text").notNull(),
    effects: jsonb("effects").$type<ResolutionEffect[]>().notNull().default([]),
    correctsResolutionId: uuid("corrects_resolution_id"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.committeeId],
      foreignColumns: [committee.tenantId, committee.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meeting.tenantId, meeting.id],
    }),
    foreignKey({ columns: [t.tenantId, t.paperId], foreignColumns: [paper.tenantId, paper.id] }),
    foreignKey({
      columns: [t.tenantId, t.consultationId],
      foreignColumns: [consultation.tenantId, consultation.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.correctsResolutionId],
      foreignColumns: [t.tenantId, t.id],
    }),
    valueCheck("resolution_outcome_ck", t.outcome, resolutionOutcomes),
  ],
);

/** Berichtspflicht: a committee expects progress reports at a cadence, set by a resolution. */
export const reportingDuty = pgTable(
  "reporting_duty",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    committeeId: uuid("committee_id").notNull(),
    cadence: text("cadence", { enum: reportingCadences }).notNull(),
    subject: text("subject"),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    resolutionId: uuid("resolution_id").notNull(),
    /**
     * The duty's own lead time for its report (days before the meeting); null: the county's
     * Vorlagenfrist applies (domain/paper-deadline `paperDeadlineFor`).
     */
    paperDeadlineDays: integer("paper_deadline_days"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.committeeId],
      foreignColumns: [committee.tenantId, committee.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.resolutionId],
      foreignColumns: [resolution.tenantId, resolution.id],
    }),
    check(
      "reporting_duty_deadline_ck",
      sql`${t.paperDeadlineDays} between ${sql.raw(String(paperDeadlineRange.min))} and ${sql.raw(String(paperDeadlineRange.max))}`,
    ),
    valueCheck("reporting_duty_cadence_ck", t.cadence, reportingCadences),
  ],
);
