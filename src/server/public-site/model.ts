/** What the public site may show: built only from data the office marked public. */
export interface PublicMeasure {
  id: string;
  title: string;
  description: string | null;
  status: "planned" | "inProgress" | "completed" | "paused" | "dropped";
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

export interface PublicMoney {
  /** null: funds bound to no single action field. */
  fieldPosition: number | null;
  grantedCents: number;
  boundCents: number;
  paidCents: number;
}

export interface PublicLegal {
  body: string;
  contact: string | null;
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
  legal: Partial<Record<"imprint" | "privacy" | "accessibility", PublicLegal>>;
  /** ISO date the data was read for. */
  today: string;
}
