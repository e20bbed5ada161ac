import type { GrantedFigures } from "../../../contract/grant-figures";
import type { LegalTopic } from "../../../domain/legal-topics";
import type { MeasureStatus } from "../../../domain/measure-status";
/** What the public site may show: built only from data the office marked public. */
export interface PublicMeasure {
  id: string;
  title: string;
  description: string | null;
  status: MeasureStatus;
  startOn: string | null;
  endOn: string | null;
  municipalities: string[];
  /** Positions of the action fields the measure serves. */
  fieldPositions: number[];
  translations: { lang: string; title: string; description: string | null }[];
}

export interface PublicField {
  position: number;
  lineageId: string;
  title: string;
  guidingGoal: string | null;
  isFocus: boolean;
}

/**
 * Money of the funds whose purpose lies in one action field (or in several at once), with the
 * parts of src/domain/fund-figures: granted = bound + paid + blocked + lapsed + available.
 */
export interface PublicMoney {
  /** The one action field of the row; null when the money serves several fields or none. */
  fieldPosition: number | null;
  /** Every field the row's money serves (several: a fund for all of them; none: unknown). */
  fieldPositions: number[];
  grantedCents: number;
  boundCents: number;
  paidCents: number;
  blockedCents: number;
  lapsedCents: number;
  availableCents: number;
}

/** A legal text: the German original, its contact, and its versions in other languages. */
export interface PublicLegal {
  body: string;
  contact: string | null;
  translations: Partial<Record<string, string>>;
}

export interface PublicData {
  tenantName: string;
  concept: { title: string; adoptedOn: string | null } | null;
  fields: PublicField[];
  focus: {
    fieldPosition: number;
    validFrom: string | null;
    validTo: string | null;
    basis: string;
    resolution: { committee: string; decidedOn: string; text: string | null } | null;
  } | null;
  measures: PublicMeasure[];
  money: PublicMoney[];
  /** Granted and paid per programme and per provider organisation (grants/pipeline.ts). */
  grants: GrantedFigures;
  legal: Partial<Record<LegalTopic, PublicLegal>>;
  /** ISO date the data was read for. */
  today: string;
}
