/** The measure types every county starts with (Sprachkurs, Beratung, …); the office can extend it. */
export const defaultMeasureTypes = [
  { key: "languageCourse", name: "Sprachkurs" },
  { key: "counselling", name: "Beratung" },
  { key: "qualification", name: "Qualifizierung" },
  { key: "event", name: "Veranstaltung" },
  { key: "networking", name: "Netzwerkarbeit" },
  { key: "publicRelations", name: "Öffentlichkeitsarbeit" },
  { key: "other", name: "Sonstiges" },
] as const;
