import {
  type CommitteeKind,
  type ConsultationRole,
  consultationRoleLabels,
  type ResolutionOutcome as Outcome,
  type PaperKind,
  paperKindLabels,
} from "./council-vocabulary";

/**
 * The words OParl systems use for Kurs's kinds, roles and outcomes (OParl fields are free text
 * in German). Export writes the first word of each list; import reads any of them.
 */
export const committeeClassification: Record<CommitteeKind, string> = {
  council: "Kreistag",
  executiveCommittee: "Kreisausschuss",
  specialistCommittee: "Fachausschuss",
  workingGroup: "Arbeitsgruppe",
};

/** Paper types and consultation roles: OParl's words are the documents' German labels. */
export const paperTypeOf = paperKindLabels;
export const consultationRoleName = consultationRoleLabels;

/** OParl keywords for outcomes: the short forms OParl systems write (documents say more). */
export const outcomeName: Record<Outcome, string> = {
  adopted: "Beschlossen",
  adoptedAmended: "Geändert beschlossen",
  rejected: "Abgelehnt",
  deferred: "Vertagt",
  noted: "Zur Kenntnis genommen",
};

const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();

/** A committee kind from an Organization's classification / organizationType / name. */
export function committeeKindFrom(...texts: (string | null | undefined)[]): CommitteeKind {
  const all = texts.map(norm).join(" ");
  if (/kreisausschuss|hauptausschuss|verwaltungsausschuss/.test(all)) return "executiveCommittee";
  if (/kreistag|stadtrat|gemeinderat|\brat\b|ratsversammlung|stadtverordnete/.test(all)) {
    return "council";
  }
  if (/arbeitsgruppe|arbeitskreis|runder tisch|\bag\b/.test(all)) return "workingGroup";
  return "specialistCommittee";
}

/** A paper kind from paperType: information papers (Mitteilung, Bericht, Anfrage…) vs. the rest. */
export function paperKindFrom(paperType: string | null | undefined): PaperKind {
  return /mitteilung|bericht|information|anfrage|beantwortung|kenntnis/.test(norm(paperType))
    ? "information"
    : "decision";
}

/** A consultation role from OParl's role text and its authoritative flag. */
export function consultationRoleFrom(
  role: string | null | undefined,
  authoritative: boolean | null | undefined,
): ConsultationRole {
  const r = norm(role);
  if (/kenntnis/.test(r)) return "noting";
  if (authoritative || /entscheid|beschlussfassung/.test(r)) return "decision";
  return "preliminary";
}

/** The date part of an OParl date-time, as the council's local calendar day (Europe/Berlin). */
export function localDateOf(dateTime: string): string | null {
  const ms = Date.parse(dateTime);
  if (Number.isNaN(ms)) return /^\d{4}-\d{2}-\d{2}/.test(dateTime) ? dateTime.slice(0, 10) : null;
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date(ms));
}

/** Midnight of a calendar day in Europe/Berlin as an RFC 3339 date-time ("…T00:00:00+01:00"). */
export function berlinMidnight(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const zone = new Intl.DateTimeFormat("en", {
    timeZone: "Europe/Berlin",
    timeZoneName: "longOffset",
  })
    .formatToParts(noon)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = zone?.replace("GMT", "") || "+00:00";
  return `${date}T00:00:00${offset}`;
}

/**
 * The entry point of an OParl system as typed (System or Body URL): an absolute http(s) address
 * without user name or password. Null when it is not one.
 */
export function readOParlEntryUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password) return null;
  return url.toString();
}
