import type { TFunction } from "i18next";

/** Action codes the server records, each with a readable label in audit.actions.* (de, en). */
export const knownActions = [
  "seed",
  "user.create",
  "user.update",
  "user.changePassword",
  "user.issuePasswordReset",
  "user.resetPassword",
  "user.totpStart",
  "user.totpEnable",
  "conceptVersion.createDraft",
  "conceptVersion.adopt",
  "conceptVersion.supersede",
  "goal.create",
  "resolution.create",
  "resolution.record",
  "resolution.correct",
  "committee.create",
  "meeting.create",
  "paper.create",
  "consultation.create",
  "consultation.outcome",
  "focus.set",
  "focus.close",
  "fund.grant",
  "fundPurpose.open",
  "fundPurpose.close",
  "reportingDuty.create",
] as const;

/** Entity types the server records, each with a label in audit.entityTypes.*. */
export const knownEntityTypes = [
  "tenant",
  "user",
  "conceptVersion",
  "goal",
  "resolution",
  "committee",
  "meeting",
  "paper",
  "consultation",
  "focus",
  "fund",
  "fundPurposeEntry",
  "reportingDuty",
] as const;

type KnownAction = (typeof knownActions)[number];
type KnownEntityType = (typeof knownEntityTypes)[number];

export const isKnownAction = (code: string): code is KnownAction =>
  (knownActions as readonly string[]).includes(code);
export const isKnownEntityType = (type: string): type is KnownEntityType =>
  (knownEntityTypes as readonly string[]).includes(type);

/** "Konto angelegt" for user.create (audit.actions.user.create); unknown codes stay as they are. */
export function actionLabel(t: TFunction, code: string): string {
  return isKnownAction(code) ? t(`audit.actions.${code}`) : code;
}

/** "Konto" for user; an unknown type is shown as it is. */
export function entityTypeLabel(t: TFunction, type: string): string {
  return isKnownEntityType(type) ? t(`audit.entityTypes.${type}`) : type;
}

/** The types to offer in the filter: the known ones, those seen in the data, the chosen one. */
export function entityTypeOptions(seen: string[], chosen: string): string[] {
  const extra = [...seen, chosen].filter((type) => type && !isKnownEntityType(type));
  return [...knownEntityTypes, ...new Set(extra)];
}
