/**
 * What the Beschlussvorlage of Landkreis Rotenburg (Wümme) states (shared/seed/…txt), and only
 * that. Texts are quoted as written; where the paper is silent (reference number, dates of the
 * Kreistag's grant) the field stays empty.
 */
export const rotenburg = {
  slug: "rotenburg",
  name: "Landkreis Rotenburg (Wümme)",
  coordinationOffice: "Koordinierungsstelle Migration und Teilhabe",
  actionFields: [
    "Ausbildung und Arbeit",
    "Sprache und Bildung",
    "Gesellschaftliche Integration",
    "Interkulturelle Öffnung der Verwaltung und Zusammenarbeit im Netzwerk",
  ],
  focusFieldPosition: 2,
  committees: {
    council: { name: "Kreistag", kind: "council" },
    executive: { name: "Kreisausschuss", kind: "executiveCommittee" },
    social: { name: "Ausschuss für Soziales, Arbeit und Gesundheit", kind: "specialistCommittee" },
    workingGroup: { name: "Interfraktionelle Arbeitsgruppe", kind: "workingGroup" },
  },
  conceptAdoptedOn: "2023-03-15",
  workingGroupMeetingOn: "2024-02-01",
  workingGroupResult:
    "Die Arbeitsgruppe ist einvernehmlich zu dem Ergebnis gekommen,\n" +
    "• dass das Integrationskonzept weiterhin die wesentlichen Handlungsfelder definiert, die für den Integrationsprozess als besonders maßgeblich wahrgenommen werden, und es aktuell keinen Ergänzungsbedarf gibt,\n" +
    "• dem Ausschuss für Soziales, Arbeit und Gesundheit zur Beschlussfassung vorzuschlagen, als strategischen Schwerpunkt der Arbeit der Koordinierungsstelle Migration und Teilhabe weiterhin das Handlungsfeld Sprache und Bildung festzulegen. Dabei war es der Arbeitsgruppe ein ausdrückliches Anliegen, dass die Koordinierungsstelle Migration und Teilhabe bei der Gestaltung der Maßnahmen in Umsetzung des Schwerpunktes Sprache flexibel auf die jeweils aktuellen Anforderungen reagiert und die vom Kreistag für Sprachkurse zur Verfügung gestellten Mittel von 1 Mio. € zur Umsetzung des gesamten Handlungsfeldes eingesetzt werden.",
  fund: {
    name: "Mittel für Sprachkurse 2024",
    fiscalYear: 2024,
    estimateCents: 100_000_000,
    grantingReference:
      "Vom Kreistag für das Jahr 2024 für Sprachkurse zur Verfügung gestellt (Datum des Beschlusses in der Vorlage nicht genannt).",
  },
  paper: {
    kind: "decision",
    title:
      "Migration/Integration im Landkreis Rotenburg (Wümme); Strategische Schwerpunktsetzung des Integrationskonzeptes",
    statementOfFacts: [
      "Der Kreisausschuss hat in seiner Sitzung am 15.03.2023 das Integrationskonzept im Landkreises Rotenburg (Wümme) beschlossen. Das Integrationskonzept beinhaltet vier Handlungsfelder:",
      "1. Ausbildung und Arbeit\n2. Sprache und Bildung\n3. Gesellschaftliche Integration\n4. Interkulturelle Öffnung der Verwaltung und Zusammenarbeit im Netzwerk",
      "Die genannten Felder wurden jeweils mit Handlungszielen und Handlungsempfehlungen versehen.",
      "Um die im Integrationskonzept aufgeführten Handlungsfelder in eine systematische und koordinierte Bearbeitung durch die Koordinierungsstelle Migration und Teilhabe zu bringen, hat eine interfraktionelle Arbeitsgruppe bestehend aus Abgeordneten der Kreistagsfraktionen sowie der Verwaltung am 01.02.2024 getagt.",
      "Die Arbeitsgruppe ist einvernehmlich zu dem Ergebnis gekommen,",
      "• dass das Integrationskonzept weiterhin die wesentlichen Handlungsfelder definiert, die für den Integrationsprozess als besonders maßgeblich wahrgenommen werden, und es aktuell keinen Ergänzungsbedarf gibt,\n• dem Ausschuss für Soziales, Arbeit und Gesundheit zur Beschlussfassung vorzuschlagen, als strategischen Schwerpunkt der Arbeit der Koordinierungsstelle Migration und Teilhabe weiterhin das Handlungsfeld Sprache und Bildung festzulegen. Dabei war es der Arbeitsgruppe ein ausdrückliches Anliegen, dass die Koordinierungsstelle Migration und Teilhabe bei der Gestaltung der Maßnahmen in Umsetzung des Schwerpunktes Sprache flexibel auf die jeweils aktuellen Anforderungen reagiert und die vom Kreistag für Sprachkurse zur Verfügung gestellten Mittel von 1 Mio. € zur Umsetzung des gesamten Handlungsfeldes eingesetzt werden.",
    ].join("\n\n"),
    proposedResolution: [
      "Der strategische Schwerpunkt der Arbeit der Koordinierungsstelle Migration und Teilhabe wird weiterhin im Handlungsfeld Sprache und Bildung festgelegt und dieses im Rahmen der finanziellen und personellen Ressourcen weiterentwickelt.",
      "Die vom Kreistag für das Jahr 2024 für Sprachkurse zur Verfügung gestellten Mittel in Höhe von 1 Mio. € sollen zur Umsetzung des gesamten Handlungsfeldes eingesetzt werden.",
      "Über die Entwicklung und den Fortgang wird im Ausschuss für Soziales, Arbeit und Gesundheit regelmäßig berichtet.",
    ].join("\n"),
  },
} as const;
