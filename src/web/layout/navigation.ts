/** The main sections, in the order of the navigation; `key` names the label in nav.*. */
export const sections = [
  { path: "/", key: "overview" },
  { path: "/konzept", key: "concept" },
  { path: "/massnahmen", key: "measures" },
  { path: "/haushalt", key: "budget" },
  { path: "/kapazitaet", key: "capacity" },
  { path: "/kennzahlen", key: "indicators" },
  { path: "/gremien", key: "committees" },
  { path: "/berichte", key: "reports" },
] as const;
