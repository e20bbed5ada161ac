import { and, eq } from "drizzle-orm";
import type {
  Aggregation,
  IndicatorDirection,
  IndicatorUnit,
  Periodicity,
} from "../../../domain/indicator";
import type { Tx } from "../../platform/db/database";
import { indicator, indicatorPartner, partner } from "../../platform/db/schema";

type Proposal = {
  key: string;
  name: string;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  source: string;
  periodicity: Periodicity;
  publishable: boolean;
  aggregation: Exclude<Aggregation, "ratio">;
  /** Which example partner reports it (by kind). */
  reporter?: "adultEducation" | "jobcenter" | "migrationCounselling";
};

/**
 * Starter catalogue (Vorschlag): common indicators for the four action fields. The Vorlage names
 * none; the county adopts, edits or drops them. Flagged is_proposal and shown as Beispieldaten.
 */
export const indicatorProposals: Record<number, Proposal[]> = {
  1: [
    {
      key: "beschaeftigte-drittstaaten",
      name: "Sozialversicherungspflichtig Beschäftigte aus Drittstaaten",
      description:
        "Beschäftigte am Arbeitsort mit Staatsangehörigkeit eines Nicht-EU-Staates, Stichtag 30.06.",
      unit: "count",
      direction: "higherIsBetter",
      source: "Bundesagentur für Arbeit, Beschäftigungsstatistik",
      periodicity: "year",
      publishable: true,
      aggregation: "sum",
    },
    {
      key: "arbeitslose-auslaender",
      name: "Arbeitslose Ausländerinnen und Ausländer",
      description: "Arbeitslose mit ausländischer Staatsangehörigkeit im Jahresdurchschnitt.",
      unit: "count",
      direction: "lowerIsBetter",
      source: "Bundesagentur für Arbeit, Arbeitsmarktstatistik",
      periodicity: "month",
      publishable: true,
      aggregation: "mean",
    },
    {
      key: "vermittlungen-ausbildung",
      name: "In Ausbildung vermittelte Geflüchtete",
      description: "Aufnahmen einer Berufsausbildung nach Vermittlung durch das Jobcenter.",
      unit: "count",
      direction: "higherIsBetter",
      source: "Jobcenter",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
      reporter: "jobcenter",
    },
    {
      key: "vermittlungen-arbeit",
      name: "In Arbeit vermittelte Geflüchtete",
      description: "Aufnahmen einer sozialversicherungspflichtigen Beschäftigung.",
      unit: "count",
      direction: "higherIsBetter",
      source: "Jobcenter",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
      reporter: "jobcenter",
    },
    {
      key: "anerkennungsberatungen",
      name: "Beratungen zur Anerkennung ausländischer Abschlüsse",
      description: "Erstberatungen zur Berufsanerkennung.",
      unit: "count",
      direction: "higherIsBetter",
      source: "eigene Erhebung",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
      reporter: "migrationCounselling",
    },
  ],
  2: [
    {
      key: "integrationskurs-plaetze",
      name: "Plätze in Integrationskursen",
      description: "Angebotene Kursplätze in Integrations- und Berufssprachkursen.",
      unit: "count",
      direction: "higherIsBetter",
      source: "BAMF-Integrationskursstatistik",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
      reporter: "adultEducation",
    },
    {
      key: "integrationskurs-teilnehmende",
      name: "Teilnehmende an Integrationskursen",
      description: "Neu eingetretene Teilnehmende.",
      unit: "count",
      direction: "higherIsBetter",
      source: "BAMF-Integrationskursstatistik",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
      reporter: "adultEducation",
    },
    {
      key: "b1-abschluesse",
      name: "Bestandene Prüfungen B1 (DTZ)",
      description: "Deutsch-Test für Zuwanderer mit Ergebnis B1.",
      unit: "count",
      direction: "higherIsBetter",
      source: "BAMF-Integrationskursstatistik",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
      reporter: "adultEducation",
    },
    {
      key: "wartezeit-kursbeginn",
      name: "Wartezeit bis Kursbeginn",
      description: "Durchschnittliche Tage von der Anmeldung bis zum Kursbeginn.",
      unit: "days",
      direction: "lowerIsBetter",
      source: "eigene Erhebung",
      periodicity: "quarter",
      publishable: true,
      aggregation: "mean",
      reporter: "adultEducation",
    },
    {
      key: "kinderbetreuung-kurse",
      name: "Kurse mit Kinderbetreuung",
      description: "Sprachkurse mit begleitender Kinderbetreuung.",
      unit: "count",
      direction: "higherIsBetter",
      source: "eigene Erhebung",
      periodicity: "year",
      publishable: true,
      aggregation: "sum",
    },
    {
      key: "sprachkursmittel-eingesetzt",
      name: "Eingesetzte Mittel für Sprachförderung",
      description: "Ausgezahlte Mittel des Haushaltsansatzes für Sprache und Bildung.",
      unit: "euro",
      direction: "higherIsBetter",
      source: "eigene Erhebung (Haushalt)",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
    },
  ],
  3: [
    {
      key: "ehrenamtliche",
      name: "Aktive Ehrenamtliche in der Integrationsarbeit",
      description: "Ehrenamtlich Engagierte in Sprachpatenschaften, Begleitung und Begegnung.",
      unit: "count",
      direction: "higherIsBetter",
      source: "eigene Erhebung",
      periodicity: "year",
      publishable: true,
      aggregation: "sum",
    },
    {
      key: "begegnungsangebote",
      name: "Begegnungsangebote",
      description: "Regelmäßige Begegnungs- und Freizeitangebote (Sprachcafés, Sportgruppen).",
      unit: "count",
      direction: "higherIsBetter",
      source: "eigene Erhebung",
      periodicity: "year",
      publishable: true,
      aggregation: "sum",
    },
    {
      key: "migrationsberatungen",
      name: "Beratungsfälle der Migrationsberatung",
      description: "Abgeschlossene Beratungsfälle (MBE und JMD).",
      unit: "count",
      direction: "higherIsBetter",
      source: "Migrationsberatung",
      periodicity: "quarter",
      publishable: false,
      aggregation: "sum",
      reporter: "migrationCounselling",
    },
    {
      key: "vereinsmitgliedschaften",
      name: "Neue Vereinsmitgliedschaften Zugewanderter",
      description: "Gemeldete Neumitgliedschaften in Sport- und Kulturvereinen.",
      unit: "count",
      direction: "higherIsBetter",
      source: "eigene Erhebung (Kreissportbund)",
      periodicity: "year",
      publishable: true,
      aggregation: "sum",
    },
  ],
  4: [
    {
      key: "fortbildungen-ikk",
      name: "Beschäftigte mit Fortbildung in interkultureller Kompetenz",
      description: "Beschäftigte der Kreisverwaltung, die eine Fortbildung abgeschlossen haben.",
      unit: "count",
      direction: "higherIsBetter",
      source: "eigene Erhebung (Personalamt)",
      periodicity: "year",
      publishable: true,
      aggregation: "sum",
    },
    {
      key: "anteil-fortgebildet",
      name: "Anteil fortgebildeter Beschäftigter mit Publikumsverkehr",
      description:
        "Anteil der Beschäftigten mit Publikumsverkehr mit Fortbildung in interkultureller Kompetenz.",
      unit: "percent",
      direction: "higherIsBetter",
      source: "eigene Erhebung (Personalamt)",
      periodicity: "year",
      publishable: true,
      aggregation: "mean",
    },
    {
      key: "netzwerktreffen",
      name: "Netzwerktreffen der Koordinierungsstelle",
      description: "Durchgeführte Treffen des Integrationsnetzwerks.",
      unit: "count",
      direction: "higherIsBetter",
      source: "eigene Erhebung",
      periodicity: "year",
      publishable: true,
      aggregation: "sum",
    },
    {
      key: "mehrsprachige-informationen",
      name: "Mehrsprachige Informationsangebote",
      description:
        "Formulare und Informationen der Verwaltung in mindestens zwei weiteren Sprachen.",
      unit: "count",
      direction: "higherIsBetter",
      source: "eigene Erhebung",
      periodicity: "year",
      publishable: true,
      aggregation: "sum",
    },
    {
      key: "bearbeitungsdauer-aufenthalt",
      name: "Bearbeitungsdauer Aufenthaltstitel",
      description: "Durchschnittliche Tage vom vollständigen Antrag bis zur Entscheidung.",
      unit: "days",
      direction: "lowerIsBetter",
      source: "Ausländerbehörde",
      periodicity: "quarter",
      publishable: true,
      aggregation: "mean",
    },
  ],
};

export async function seedIndicatorProposals(
  tx: Tx,
  input: { tenantId: string; fieldLineageByPosition: Record<number, string> },
): Promise<void> {
  const { tenantId } = input;
  const examplePartners = await tx
    .select({ id: partner.id, kind: partner.kind })
    .from(partner)
    .where(and(eq(partner.tenantId, tenantId), eq(partner.isExample, true)));
  for (const [position, proposals] of Object.entries(indicatorProposals)) {
    for (const { reporter, ...p } of proposals) {
      const [row] = await tx
        .insert(indicator)
        .values({
          tenantId,
          ...p,
          actionFieldLineageId: input.fieldLineageByPosition[Number(position)] ?? null,
          isProposal: true,
        })
        .returning({ id: indicator.id });
      const reporterId = examplePartners.find((x) => x.kind === reporter)?.id;
      if (row && reporterId)
        await tx
          .insert(indicatorPartner)
          .values({ tenantId, indicatorId: row.id, partnerId: reporterId });
    }
  }
}
