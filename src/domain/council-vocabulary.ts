/**
 * The value lists of council work (Gremienarbeit), each in one place: the API schemas, the
 * database's CHECK constraints, the forms' options and the documents' German labels derive from
 * them. The web's own labels (German and English) are keyed by these values in its i18n files.
 * The states of follow-ups are in follow-up.ts.
 */

/** Gremienart (OParl's classification: domain/oparl-terms.ts). */
export const committeeKinds = [
  "council",
  "executiveCommittee",
  "specialistCommittee",
  "workingGroup",
] as const;
export type CommitteeKind = (typeof committeeKinds)[number];

/** Vorlagenart. */
export const paperKinds = ["decision", "information"] as const;
export type PaperKind = (typeof paperKinds)[number];

/** The role of a committee in a paper's Beratungsfolge. */
export const consultationRoles = ["preliminary", "decision", "noting"] as const;
export type ConsultationRole = (typeof consultationRoles)[number];

/** What a committee resolved on a paper. */
export const resolutionOutcomes = [
  "adopted",
  "adoptedAmended",
  "rejected",
  "deferred",
  "noted",
] as const;
export type ResolutionOutcome = (typeof resolutionOutcomes)[number];

/** How often a committee is reported to (Berichtspflicht). */
export const reportingCadences = ["quarterly", "halfYearly", "yearly"] as const;
export type ReportingCadence = (typeof reportingCadences)[number];

/** German labels for documents (Sitzungsvorlage): the county's records are in German. */
export const paperKindLabels: Record<PaperKind, string> = {
  decision: "Beschlussvorlage",
  information: "Mitteilungsvorlage",
};

export const consultationRoleLabels: Record<ConsultationRole, string> = {
  preliminary: "Vorberatung",
  decision: "Entscheidung",
  noting: "Kenntnisnahme",
};

export const resolutionOutcomeLabels: Record<ResolutionOutcome, string> = {
  adopted: "ungeändert beschlossen",
  adoptedAmended: "geändert beschlossen",
  rejected: "abgelehnt",
  deferred: "vertagt",
  noted: "zur Kenntnis genommen",
};
