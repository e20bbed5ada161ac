/**
 * Beispieldaten: the Vorlage names no concrete goals or recommendations. These examples show
 * how the concept is structured; they are flagged is_example and labelled as such in the UI,
 * and `kurs seed --no-examples` leaves them out.
 */
export const exampleGoalsByField: Record<number, { title: string; recommendations: string[] }[]> = {
  1: [
    {
      title: "Zugewanderte finden schneller in Ausbildung und Beschäftigung",
      recommendations: [
        "Beratungsangebote von Jobcenter, Agentur für Arbeit und Kammern besser verzahnen",
        "Anerkennung ausländischer Berufsabschlüsse aktiv begleiten",
      ],
    },
    {
      title: "Arbeitgeber sind für die Beschäftigung Zugewanderter gewonnen",
      recommendations: ["Informationsveranstaltungen für Betriebe im Landkreis anbieten"],
    },
  ],
  2: [
    {
      title: "Ausreichend Sprachkursplätze in allen Teilen des Landkreises",
      recommendations: [
        "Sprachkurse wohnortnah und mit Kinderbetreuung anbieten",
        "Wartezeiten auf Integrationskurse erfassen und verringern",
      ],
    },
    {
      title: "Kinder und Jugendliche mit Zuwanderungsgeschichte erreichen gute Bildungsabschlüsse",
      recommendations: ["Sprachförderung in Kindertagesstätten und Schulen stärken"],
    },
  ],
  3: [
    {
      title: "Begegnung und Teilhabe im Gemeinwesen sind gestärkt",
      recommendations: [
        "Ehrenamtliche Integrationslotsinnen und -lotsen gewinnen und qualifizieren",
      ],
    },
    {
      title: "Zugewanderte kennen die Angebote in ihrer Gemeinde",
      recommendations: ["Mehrsprachige Wegweiser zu Beratungs- und Freizeitangeboten erstellen"],
    },
  ],
  4: [
    {
      title: "Die Verwaltung ist interkulturell kompetent",
      recommendations: ["Fortbildungen zur interkulturellen Kompetenz für Mitarbeitende anbieten"],
    },
    {
      title: "Die Akteure der Integrationsarbeit arbeiten abgestimmt zusammen",
      recommendations: ["Regelmäßige Netzwerktreffen der Integrationsakteure durchführen"],
    },
  ],
};
