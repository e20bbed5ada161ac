import { refreshDerived } from "../../features/measures/derived";
import type { Tx } from "../../platform/db/database";
import {
  measure,
  measureMunicipality,
  measurePartner,
  measureRecommendation,
  measureStatusChange,
  milestone,
  partner,
  progressUpdate,
} from "../../platform/db/schema";

/**
 * Beispieldaten: the Vorlage names no measures or partners. These illustrate how Kurs shows them;
 * every row is flagged is_example and labelled "Beispieldaten" in the UI.
 */
export async function seedExampleMeasures(
  tx: Tx,
  input: {
    tenantId: string;
    /** Example recommendations of the concept, by field position then order. */
    recommendationIds: Record<number, string[]>;
    measureTypeIds: Record<string, string>;
    municipalityIds: Record<string, string>;
  },
): Promise<void> {
  const { tenantId } = input;
  const partners = await tx
    .insert(partner)
    .values([
      { tenantId, name: "Volkshochschule (Beispiel)", kind: "adultEducation", isExample: true },
      { tenantId, name: "Jobcenter (Beispiel)", kind: "jobcenter", isExample: true },
      {
        tenantId,
        name: "Migrationsberatung (Beispiel)",
        kind: "migrationCounselling",
        isExample: true,
      },
    ])
    .returning({ id: partner.id, kind: partner.kind });
  const partnerOf = (kind: string) => partners.find((p) => p.kind === kind)?.id ?? "";
  const examples = [
    {
      title: "Wohnortnahe Sprachkurse mit Kinderbetreuung",
      description: "Beispiel: Sprachkurse in den Samtgemeinden, mit Betreuung der Kinder vor Ort.",
      type: "languageCourse",
      status: "inProgress" as const,
      startOn: "2024-03-01",
      endOn: "2025-12-31",
      field: 2,
      rec: 0,
      partner: "adultEducation",
      places: ["Zeven", "Sittensen"],
      light: "green" as const,
      update: "Beispiel: Zwei Kurse laufen, ein dritter ist geplant.",
      plannedCents: 12_000_000,
    },
    {
      title: "Netzwerktreffen der Integrationsakteure",
      description: "Beispiel: halbjährliche Treffen von Verwaltung, Trägern und Ehrenamt.",
      type: "networking",
      status: "planned" as const,
      startOn: "2025-01-01",
      endOn: null,
      field: 4,
      rec: 0,
      partner: "migrationCounselling",
      places: [],
      light: null,
      update: null,
      plannedCents: 0,
    },
  ];
  for (const ex of examples) {
    const recommendationId = input.recommendationIds[ex.field]?.[ex.rec];
    const typeId = input.measureTypeIds[ex.type];
    if (!recommendationId || !typeId) continue;
    const [row] = await tx
      .insert(measure)
      .values({
        tenantId,
        title: ex.title,
        description: ex.description,
        measureTypeId: typeId,
        status: ex.status,
        startOn: ex.startOn,
        endOn: ex.endOn,
        responsibleUnit: "Koordinierungsstelle Migration und Teilhabe",
        plannedCents: ex.plannedCents,
        isExample: true,
      })
      .returning({ id: measure.id });
    if (!row) continue;
    const measureId = row.id;
    await tx.insert(measureRecommendation).values({ tenantId, measureId, recommendationId });
    await tx
      .insert(measurePartner)
      .values({ tenantId, measureId, partnerId: partnerOf(ex.partner), isLead: true });
    for (const place of ex.places) {
      const municipalityId = input.municipalityIds[place];
      if (municipalityId)
        await tx.insert(measureMunicipality).values({ tenantId, measureId, municipalityId });
    }
    await tx.insert(measureStatusChange).values({
      tenantId,
      measureId,
      toStatus: ex.status,
      changedOn: ex.startOn,
      reason: "Beispieldaten",
      actor: "system:seed",
    });
    await tx.insert(milestone).values({
      tenantId,
      measureId,
      position: 1,
      title: "Beispiel: Konzept mit den Partnern abgestimmt",
      dueOn: ex.startOn,
      doneOn: ex.status === "inProgress" ? ex.startOn : null,
    });
    // A running measure has work left: its closing milestone is open (so it is not 100 %).
    if (ex.endOn && ex.status === "inProgress")
      await tx.insert(milestone).values({
        tenantId,
        measureId,
        position: 2,
        title: "Beispiel: Abschlussbericht der Kurse",
        dueOn: ex.endOn,
        doneOn: null,
      });
    if (ex.light && ex.update) {
      await tx.insert(progressUpdate).values({
        tenantId,
        measureId,
        reportedOn: ex.startOn,
        trafficLight: ex.light,
        text: ex.update,
        actor: "system:seed",
      });
    }
  }
  await refreshDerived(tx, tenantId);
}
