import type { FollowUpState } from "../../../domain/follow-up";
import type { Periodicity } from "../../../domain/indicator";
import type { TrafficLight } from "../../../domain/measure-progress";
import type { MeasureStatus } from "../../../domain/measure-status";

/**
 * A committee report (Mitteilungsvorlage / Sachstandsbericht) as one JSON document: every
 * number as of the moment it was generated. DOCX, PDF and HTML are pure functions of it, so a
 * final report's files never change, whatever happens to the data afterwards.
 */
// A type alias (not an interface) so it fits the API's JSON-object schema.
export type ReportSnapshot = {
  schemaVersion: 1;
  /** "draft" while generated live; "final" once frozen. */
  status: "draft" | "final";
  issuer: string;
  title: string;
  committee: { id: string; name: string };
  period: { from: string; to: string };
  /** The day the figures were taken (ISO date). */
  asOf: string;
  /** For the public session: disclosure control must be applied before publishing. */
  publicSession: boolean;
  introText: string;
  closingText: string;
  proposedResolution: string | null;
  concept: ConceptSection;
  actionFields: ActionFieldSection[];
  money: MoneySection;
  capacity: CapacitySection;
  indicators: IndicatorSection;
  sinceLastReport: SinceLastReport;
  /** Per-measure state, kept so that the next report can say what changed since this one. */
  measureStates: { id: string; title: string; status: MeasureStatus }[];
  /**
   * The day of the meeting the report is presented in (its Sitzung), and the meeting and paper
   * it belongs to. Absent in snapshots taken before reports were tied to meetings.
   */
  presentedOn?: string | null;
  meeting?: { name: string; date: string } | null;
  paper?: { reference: string | null; title: string } | null;
  /** The state of every measure, by field and goal (absent in older snapshots). */
  measureReport?: MeasureReport;
  /** Indicator proposals (not adopted) that already hold values: named, not counted. */
  indicatorProposals?: { name: string; values: number }[];
  /** How many indicators get a chart (the rest are in the table only); absent: all. */
  indicatorChartLimit?: number;
  /**
   * Umsetzung der Beschlüsse: the committee's follow-ups still open, and those closed since the
   * period began (absent in snapshots taken before decision tracking).
   */
  followUps?: FollowUpEntry[];
  /**
   * Zuwendungen an Träger: granted and paid per programme and per provider organisation, as of
   * the report's date (absent in snapshots taken before grants were reported).
   */
  grants?: GrantSection;
};

/** One row of the grants section: a programme or a provider organisation (never a person). */
export interface GrantFiguresRow {
  /** Granted applications (fully or in part). */
  grants: number;
  grantedCents: number;
  /** Paid, net of what came back after a confirmed proof of use. */
  paidCents: number;
}

export interface GrantSection {
  programmes: ({ title: string } & GrantFiguresRow)[];
  providers: ({ name: string } & GrantFiguresRow)[];
}

/** One follow-up of a resolution as the report tells it (an organisation or role, no person). */
export interface FollowUpEntry {
  decidedOn: string;
  /** The paper's reference, else the start of the resolution's text. */
  resolution: string;
  title: string;
  responsible: string | null;
  dueOn: string | null;
  state: FollowUpState;
  closedOn: string | null;
  overdue: boolean;
  /** Done by Kurs itself when the resolution was adopted. */
  automatic: boolean;
  /** The latest note (not for a public session). */
  latestNote: { on: string; text: string } | null;
}

/** One measure as the report tells it. */
export interface MeasureEntry {
  id: string;
  title: string;
  /** The responsible organisation: the lead partner, else the responsible unit. */
  organisation: string | null;
  status: MeasureStatus;
  light: TrafficLight;
  /** The day of the update the light comes from. */
  lightOn: string | null;
  /** Older than the tenant's staleness limit: shown as "veraltet". */
  stale: boolean;
  completion: number;
  overdue: boolean;
  /** The latest Sachstand inside the period, with its author's organisation (never a person). */
  update: { text: string; on: string; organisation: string } | null;
  /** Milestones due in the period, or due before its end and missed. */
  milestones: { title: string; dueOn: string; doneOn: string | null; missed: boolean }[];
  /** Money committed and paid for it with a booking date inside the period. */
  committedCents: number;
  paidCents: number;
  /** The recommendation it serves (the first, by number). */
  recommendation: { number: string; title: string } | null;
}

export interface MeasureReport {
  /** At most this many measures are told in full (tenant setting); the rest are counted. */
  fullLimit: number;
  /** The staleness limit in days the lights were judged by. */
  staleDays: number;
  /** Measures not listed because the report is for a public session and they are not public. */
  nonPublicCount: number;
  fields: {
    position: number | null;
    title: string;
    goals: { title: string; measures: MeasureEntry[] }[];
    /** Measures of this field not told in full, by status (counts only). */
    notTold: Record<MeasureStatus, number>;
  }[];
}

export interface ConceptSection {
  title: string | null;
  adoptedOn: string | null;
  adoptedBy: string | null;
  focus: {
    actionField: string;
    validFrom: string | null;
    validTo: string | null;
    basis: string | null;
  } | null;
  /** Resolutions behind the concept and the focus, oldest first. */
  decisions: { decidedOn: string; committee: string; text: string }[];
}

export interface ActionFieldSection {
  position: number;
  title: string;
  isFocus: boolean;
  byStatus: Record<MeasureStatus, number>;
  startedInPeriod: string[];
  endedInPeriod: string[];
  overdue: string[];
}

/**
 * A fund's figures as src/domain/fund-figures defines them, on the report's date:
 * granted = bound + paid + blocked + lapsed + free.
 */
export interface FundFigures {
  name: string;
  fiscalYear: number;
  /** Everything that raised or lowered the fund (estimate, supplements, carry-overs, transfers). */
  grantedCents: number;
  /** Open commitments (Mittelbindung). */
  boundCents: number;
  paidCents: number;
  /** Blocked (gesperrt). Absent in snapshots frozen before it was reported. */
  blockedCents?: number;
  /** Lapsed (verfallen): free rest of an ended fiscal year. Absent in older snapshots. */
  lapsedCents?: number;
  /** Available (frei): 0 once the fiscal year has ended. */
  freeCents: number;
}

export interface MoneySection {
  funds: FundFigures[];
  /** Bound and paid per action field, from the commitments on its measures. */
  fields: { title: string; boundCents: number; paidCents: number }[];
}

export interface CapacitySection {
  months: number;
  /** Average FTE (VZÄ) over the period's months. */
  capacityFte: number;
  demandFte: number;
  overAllocatedMonths: string[];
}

export type IndicatorSection =
  | { status: "noData" }
  | {
      status: "data";
      items: {
        name: string;
        unit: string | null;
        value: number | null;
        target: number | null;
        light: TrafficLight;
        /**
         * The figures of the series-vs-target chart, as of the snapshot (disclosure-controlled
         * for a public session). Absent in snapshots taken before charts existed: no chart then.
         */
        chart?: IndicatorChartData;
      }[];
    };

export interface SinceLastReport {
  previous: { id: string; title: string; periodTo: string; finalisedOn: string } | null;
  newMeasures: string[];
  finishedMeasures: string[];
  /** Per fund: how bound and paid money moved since the previous report. */
  money: { name: string; boundDeltaCents: number; paidDeltaCents: number }[];
  indicatorsChanged: { name: string; from: string; to: string }[];
}

/** One indicator's series against its yearly targets, for the report year and the year before. */
export interface IndicatorChartData {
  periodicity: Periodicity;
  /** Sums are added up within each year, so they meet the yearly target at year end. */
  cumulative: boolean;
  series: { period: string; value: number | null }[];
  targets: { year: number; value: number }[];
}
