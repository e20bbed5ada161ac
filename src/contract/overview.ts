import { z } from "zod";
import {
  committeeKinds,
  consultationRoles,
  paperKinds,
  reportingCadences,
} from "../domain/council-vocabulary";
import { fundPurposeKinds } from "../domain/fund-purpose";
import { type TrafficLight, trafficLights } from "../domain/measure-progress";
import { dutyStates } from "../domain/reporting-schedule";
import { isoDateSchema, uuidSchema } from "./common";
import { decisionDeadlineSchema } from "./decision-deadline";
import { databaseDriverSchema } from "./health";
import { resolutionOutcomeSchema } from "./resolution";

export const committeeKindSchema = z.enum(committeeKinds);

export const focusSchema = z.object({
  actionFieldTitle: z.string(),
  actionFieldPosition: z.number().int(),
  validFrom: isoDateSchema.nullable(),
  validTo: isoDateSchema.nullable(),
  basis: z.string(),
  resolution: z
    .object({ id: uuidSchema, committee: z.string(), decidedOn: isoDateSchema })
    .nullable(),
});

export const fundSummarySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  fiscalYear: z.number().int(),
  estimateCents: z.number().int(),
  /** The fund figures of src/domain/fund-figures on the overview's day. */
  grantedCents: z.number().int(),
  availableCents: z.number().int(),
  lapsedCents: z.number().int(),
  yearClosed: z.boolean(),
  /**
   * The year is still open but, at the pace so far, this much would be free on 31 December and
   * lapse unless bound or carried over (src/domain/budget-forecast); null when no such warning.
   */
  lapseForecastCents: z.number().int().nullable(),
  /**
   * With a lapse forecast: the last day to submit the paper for the granting committee's last
   * meeting before the year ends (Vorlagenfrist); null when no meeting is left in time.
   */
  lapseDecision: decisionDeadlineSchema.nullable(),
  grantedBy: z.string().nullable(),
  grantingReference: z.string().nullable(),
  purpose: z.array(
    z.object({
      kind: z.enum(fundPurposeKinds),
      measureType: z.string().nullable(),
      actionField: z.string().nullable(),
      validFrom: isoDateSchema,
      note: z.string().nullable(),
    }),
  ),
});

export const pendingPaperSchema = z.object({
  id: uuidSchema,
  reference: z.string().nullable(),
  kind: z.enum(paperKinds),
  title: z.string(),
  proposedResolution: z.string().nullable(),
  nextConsultation: z
    .object({
      committee: z.string(),
      role: z.enum(consultationRoles),
      meetingDate: isoDateSchema.nullable(),
    })
    .nullable(),
});

export const reportingDutySchema = z.object({
  id: uuidSchema,
  committee: z.string(),
  cadence: z.enum(reportingCadences),
  subject: z.string().nullable(),
  validFrom: isoDateSchema,
  resolution: z.object({ id: uuidSchema, decidedOn: isoDateSchema }),
  /** When the next report's paper is due, and whether updates or the paper are overdue. */
  paperDue: isoDateSchema,
  state: z.enum(dutyStates),
  missingUpdates: z.number().int(),
});

export const overviewSchema = z
  .object({
    tenant: z.object({ name: z.string() }),
    concept: z
      .object({
        versionId: uuidSchema,
        title: z.string(),
        adoptedOn: isoDateSchema.nullable(),
        adoptedBy: z.string().nullable(),
      })
      .nullable(),
    actionFields: z.array(
      z.object({
        id: uuidSchema,
        position: z.number().int(),
        title: z.string(),
        goalCount: z.number().int(),
        recommendationCount: z.number().int(),
        isFocus: z.boolean(),
        /** Measures serving the field: count per traffic light, weighted completion, overdue. */
        measures: z.object({
          count: z.number().int(),
          completion: z.number().int().nullable(),
          lights: z.object(
            Object.fromEntries(trafficLights.map((l) => [l, z.number().int()])) as Record<
              TrafficLight,
              z.ZodNumber
            >,
          ),
          overdueCount: z.number().int(),
          /** Lights older than the staleness limit ("veraltet"). */
          staleCount: z.number().int(),
        }),
      }),
    ),
    focus: focusSchema.nullable(),
    funds: z.array(fundSummarySchema),
    pendingPapers: z.array(pendingPaperSchema),
    /** Granted applications whose proof of use is overdue (the rule of Meine Aufgaben); internal only. */
    overdueProofsOfUse: z.array(
      z.object({
        applicationId: uuidSchema,
        title: z.string(),
        organisation: z.string(),
        dueOn: isoDateSchema,
      }),
    ),
    reportingDuties: z.array(reportingDutySchema),
    recentMeetings: z.array(
      z.object({
        id: uuidSchema,
        committee: z.string(),
        name: z.string(),
        meetingDate: isoDateSchema,
        resultSummary: z.string().nullable(),
        /** What the meeting decided (its resolutions, the same rule as Gremien and Konzept). */
        decisions: z.array(
          z.object({
            id: uuidSchema,
            outcome: resolutionOutcomeSchema,
            paper: z.object({ id: uuidSchema, title: z.string() }).nullable(),
            effectCount: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "Overview" });
export type Overview = z.infer<typeof overviewSchema>;

export const tenantInfoSchema = z
  .object({ name: z.string(), slug: z.string(), database: databaseDriverSchema })
  .meta({ id: "TenantInfo" });
export type TenantInfo = z.infer<typeof tenantInfoSchema>;
