/** Kinds of Netzwerkpartner (organisations working in the integration concept). */
export const partnerKinds = [
  "jobcenter",
  "adultEducation",
  "educationProvider",
  "migrationCounselling",
  "welfare",
  "volunteers",
  "employer",
  "other",
] as const;

/** Stadt, Gemeinde or Samtgemeinde of the county. */
export const municipalityKinds = ["city", "municipality", "jointMunicipality"] as const;
