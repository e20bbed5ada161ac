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
  "user.login",
  "user.oidcCreate",
  "user.oidcRole",
  "user.oidcLocked",
  "user.breakGlass",
  "accessToken.create",
  "accessToken.revoke",
  "accessToken.use",
  "conceptVersion.createDraft",
  "conceptVersion.adopt",
  "conceptVersion.supersede",
  "goal.create",
  "resolution.create",
  "resolution.record",
  "resolution.correct",
  "followUp.create",
  "followUp.update",
  "followUp.note",
  "followUp.automatic",
  "calendarFeed.create",
  "calendarFeed.revoke",
  "county.paperDeadline",
  "committee.create",
  "meeting.create",
  "paper.create",
  "paper.draftFromData",
  "consultation.create",
  "consultation.outcome",
  "focus.set",
  "focus.close",
  "fund.grant",
  "fundPurpose.open",
  "fundPurpose.close",
  "reportingDuty.create",
  // Landkreis (npm run kurs -- tenant …)
  "create",
  "update",
  "disable",
  "enable",
  "committeeReport.finalise",
  "fund.carryOverTarget",
  "fundSource.create",
  "indicator.approve",
  "indicator.create",
  "indicator.delete",
  "indicator.import",
  "indicator.targets",
  "indicator.update",
  "indicator.value",
  "indicatorLink.create",
  "indicatorLink.revoke",
  "legal.save",
  "measure.changeStatus",
  "measure.create",
  "measure.import",
  "measure.update",
  "measureSettings.update",
  "measureType.create",
  "oparl.import",
  "oparl.source",
  "oparl.schedule",
  "oparl.import.created",
  "oparl.import.updated",
  "paper.update",
  "paperFile.create",
  "paperFile.delete",
  "partner.create",
  "partner.update",
  "payment.import",
  "position.assign",
  "position.create",
  "progressUpdate.create",
  "progressUpdate.import",
  "recommendation.create",
  "recommendation.update",
  "recommendation.move",
  "recommendation.retire",
  "goal.update",
  "goal.move",
  "goal.retire",
  "actionField.update",
  "actionField.move",
  "actionField.retire",
  "actionField.create",
  "actionField.merge",
  "goal.merge",
  "recommendation.merge",
  "conceptVersion.import",
  "municipality.create",
  "municipality.update",
  "municipality.retire",
  "municipality.unretire",
  "county.settings",
  "reportDraft.create",
  "reportDraft.update",
  "reportingDuty.remind",
  "reportingDuty.setPaperDeadline",
  "booking.commitment",
  "booking.payment",
  "booking.release",
  "booking.reversal",
  "booking.transfer",
  "booking.supplement",
  "booking.carryOver",
  "booking.commitment.late",
  "booking.payment.late",
  "booking.release.late",
  "booking.reversal.late",
  "booking.transfer.late",
  "booking.supplement.late",
  "booking.carryOver.late",
  // grants to course providers
  "grantProgramme.create",
  "grantProgramme.update",
  "grantApplication.create",
  "grantApplication.update",
  "grantApplication.state",
  "grantPaymentRequest.create",
  "grantPaymentRequest.approve",
  "grantPaymentRequest.refuse",
  "grantProof.submit",
  "grantProof.confirm",
  "grantProof.remind",
  "grantApplicationLink.create",
  "grantApplicationLink.revoke",
  "grantApplicationFile.create",
  "grantApplicationFile.delete",
] as const;

/** Entity types the server records, each with a label in audit.entityTypes.*. */
export const knownEntityTypes = [
  "tenant",
  "user",
  "accessToken",
  "municipality",
  "conceptVersion",
  "goal",
  "resolution",
  "followUp",
  "calendarFeed",
  "committee",
  "meeting",
  "paper",
  "consultation",
  "focus",
  "fund",
  "fundPurposeEntry",
  "reportingDuty",
  "booking",
  "committeeReport",
  "fundSource",
  "indicator",
  "indicatorSubmissionLink",
  "indicatorValue",
  "legal_text",
  "measure",
  "measureType",
  "oparl_body",
  "oparl_sync",
  "paper_file",
  "partner",
  "paymentImport",
  "position",
  "recommendation",
  "actionField",
  "reportDraft",
  "organizations",
  "meetings",
  "agendaItems",
  "papers",
  "consultations",
  "grantProgramme",
  "grantApplication",
  "grantPaymentRequest",
  "grantProofOfUse",
  "grantApplicationLink",
  "grantApplicationFile",
] as const;

type KnownAction = (typeof knownActions)[number];
type KnownEntityType = (typeof knownEntityTypes)[number];

const isKnownAction = (code: string): code is KnownAction =>
  (knownActions as readonly string[]).includes(code);
export const isKnownEntityType = (type: string): type is KnownEntityType =>
  (knownEntityTypes as readonly string[]).includes(type);

/**
 * Where the label of a code stands under audit.actions (oparl.import.* beside oparl.import,
 * booking.*.late under bookingLate).
 */
export function actionKey(code: KnownAction): string {
  if (code.startsWith("oparl.import."))
    return `audit.actions.oparl.importChange.${code.slice("oparl.import.".length)}`;
  // booking.commitment.late: a Nachbuchung into a closed year (audit.actions.bookingLate.*).
  if (code.startsWith("booking.") && code.endsWith(".late"))
    return `audit.actions.bookingLate.${code.slice("booking.".length, -".late".length)}`;
  return `audit.actions.${code}`;
}

/**
 * "Konto angelegt" for user.create (audit.actions.user.create). Every code the server writes has
 * a label (auditLabels.test.ts reads the server's sources); an unknown one — from a newer
 * server — is shown as "Sonstige Aktion (code)", never bare.
 */
export function actionLabel(t: TFunction, code: string): string {
  return isKnownAction(code)
    ? t(actionKey(code) as "audit.actions.seed")
    : t("audit.unknownAction", { code });
}

/** "Konto" for user; an unknown type is named as such, with its code. */
export function entityTypeLabel(t: TFunction, type: string): string {
  return isKnownEntityType(type)
    ? t(`audit.entityTypes.${type}`)
    : t("audit.unknownEntityType", { code: type });
}

/** The types to offer in the filter: the known ones, those seen in the data, the chosen one. */
export function entityTypeOptions(seen: string[], chosen: string): string[] {
  const extra = [...seen, chosen].filter((type) => type && !isKnownEntityType(type));
  return [...knownEntityTypes, ...new Set(extra)];
}
