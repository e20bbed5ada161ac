/**
 * Amtlicher Gemeindeschlüssel (AGS): eight digits — Land (2), Regierungsbezirk (1), Kreis (2),
 * Gemeinde (3). A county is named by the first five (e.g. 03357 for Rotenburg (Wümme)); each of
 * its municipalities' keys starts with them. Nothing is padded or trimmed: the key is taken as
 * typed or refused.
 */
export const countyAgsPattern = /^\d{5}$/;
export const municipalityAgsPattern = /^\d{8}$/;

export type AgsProblem = "ags.format" | "ags.prefix";

/** Why a municipality's key does not fit the county (null when it fits). */
export function municipalityAgsProblem(
  ags: string,
  countyPrefix?: string | null,
): AgsProblem | null {
  if (!municipalityAgsPattern.test(ags)) return "ags.format";
  if (countyPrefix && !ags.startsWith(countyPrefix)) return "ags.prefix";
  return null;
}
