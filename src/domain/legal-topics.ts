/** The legal texts of the public site: Impressum, Datenschutz, Barrierefreiheit. */
export const legalTopics = ["imprint", "privacy", "accessibility"] as const;
export type LegalTopic = (typeof legalTopics)[number];

/** The German path segment of each text (/impressum, /oeffentlich/de/datenschutz, …). */
export const legalTopicSlugs: Record<LegalTopic, string> = {
  imprint: "impressum",
  privacy: "datenschutz",
  accessibility: "barrierefreiheit",
};
