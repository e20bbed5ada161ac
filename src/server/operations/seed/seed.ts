import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Db } from "../../platform/db/database";
import {
  actionField,
  committee,
  conceptVersion,
  consultation,
  focus,
  fund,
  fundPurposeEntry,
  goal,
  measureType,
  meeting,
  municipality,
  paper,
  recommendation,
  resolution,
  tenant,
} from "../../platform/db/schema";
import { defaultMeasureTypes } from "../../platform/tenancy/default-measure-types";
import { exampleGoalsByField } from "./example-concept";
import { seedIndicatorProposals } from "./example-indicators";
import { seedExampleMeasures } from "./example-measures";
import { rotenburgMunicipalities } from "./municipalities";
import { rotenburg } from "./rotenburg-facts";

export interface SeedOptions {
  examples: boolean;
  /** Another slug and name for the same data (tests of tenant isolation). */
  tenant?: { slug: string; name: string };
}

export type SeedResult = { created: true; tenantId: string } | { created: false; tenantId: string };

/** Seeds Landkreis Rotenburg (Wümme). Idempotent: when the tenant exists, nothing changes. */
export async function seedRotenburg(db: Db, options: SeedOptions): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: tenant.id })
      .from(tenant)
      .where(eq(tenant.slug, options.tenant?.slug ?? rotenburg.slug));
    if (existing[0]) return { created: false, tenantId: existing[0].id };

    const [t] = await tx
      .insert(tenant)
      .values({
        slug: options.tenant?.slug ?? rotenburg.slug,
        name: options.tenant?.name ?? rotenburg.name,
        settings: { disclosureThreshold: 3 },
      })
      .returning({ id: tenant.id });
    if (!t) throw new Error("tenant insert returned nothing");
    const tenantId = t.id;

    const c = rotenburg.committees;
    const committeeRows = await tx
      .insert(committee)
      .values([c.council, c.executive, c.social, c.workingGroup].map((x) => ({ tenantId, ...x })))
      .returning({ id: committee.id, kind: committee.kind });
    const committeeId = (kind: string) => {
      const row = committeeRows.find((r) => r.kind === kind);
      if (!row) throw new Error(`committee ${kind} missing`);
      return row.id;
    };

    const [adoptionMeeting] = await tx
      .insert(meeting)
      .values({
        tenantId,
        committeeId: committeeId("executiveCommittee"),
        name: "Sitzung des Kreisausschusses",
        meetingDate: rotenburg.conceptAdoptedOn,
      })
      .returning({ id: meeting.id });
    await tx.insert(meeting).values({
      tenantId,
      committeeId: committeeId("workingGroup"),
      name: "Sitzung der interfraktionellen Arbeitsgruppe",
      meetingDate: rotenburg.workingGroupMeetingOn,
      resultSummary: rotenburg.workingGroupResult,
    });

    const versionId = randomUUID();
    const [adoption] = await tx
      .insert(resolution)
      .values({
        tenantId,
        committeeId: committeeId("executiveCommittee"),
        meetingId: adoptionMeeting?.id,
        decidedOn: rotenburg.conceptAdoptedOn,
        outcome: "adopted",
        text: "Das Integrationskonzept des Landkreises Rotenburg (Wümme) mit vier Handlungsfeldern wird beschlossen (laut Vorlage: Beschluss des Kreisausschusses in seiner Sitzung am 15.03.2023).",
        effects: [{ type: "adoptConceptVersion", conceptVersionId: versionId }],
      })
      .returning({ id: resolution.id });

    await tx.insert(conceptVersion).values({
      tenantId,
      id: versionId,
      number: 1,
      title: "Integrationskonzept des Landkreises Rotenburg (Wümme)",
      status: "adopted",
      adoptedOn: rotenburg.conceptAdoptedOn,
      adoptingResolutionId: adoption?.id,
    });

    const fields = rotenburg.actionFields.map((title, i) => ({
      tenantId,
      id: randomUUID(),
      conceptVersionId: versionId,
      lineageId: randomUUID(),
      position: i + 1,
      title,
    }));
    await tx.insert(actionField).values(fields);
    const focusField = fields[rotenburg.focusFieldPosition - 1];
    if (!focusField) throw new Error("focus field missing");

    const exampleRecommendations: Record<number, string[]> = {};
    if (options.examples) {
      for (const field of fields) {
        const goals = exampleGoalsByField[field.position] ?? [];
        for (const [gi, g] of goals.entries()) {
          const goalId = randomUUID();
          await tx.insert(goal).values({
            tenantId,
            id: goalId,
            conceptVersionId: versionId,
            actionFieldId: field.id,
            lineageId: randomUUID(),
            position: gi + 1,
            title: g.title,
            isExample: true,
          });
          const recs = await tx
            .insert(recommendation)
            .values(
              g.recommendations.map((title, ri) => ({
                tenantId,
                conceptVersionId: versionId,
                goalId,
                lineageId: randomUUID(),
                position: ri + 1,
                title,
                isExample: true,
              })),
            )
            .returning({ id: recommendation.id });
          exampleRecommendations[field.position] = [
            ...(exampleRecommendations[field.position] ?? []),
            ...recs.map((r) => r.id),
          ];
        }
      }
    }

    await tx.insert(focus).values({
      tenantId,
      actionFieldLineageId: focusField.lineageId,
      basis:
        "Bestehender strategischer Schwerpunkt der Koordinierungsstelle Migration und Teilhabe (die Vorlage schlägt vor, ihn „weiterhin“ festzulegen; der Beschluss, der ihn zuerst gesetzt hat, ist nicht erfasst).",
    });

    const types = await tx
      .insert(measureType)
      .values(defaultMeasureTypes.map((m, i) => ({ tenantId, ...m, position: i + 1 })))
      .returning({ id: measureType.id, key: measureType.key });
    const languageCourse = types.find((m) => m.key === "languageCourse");
    const places = await tx
      .insert(municipality)
      .values(rotenburgMunicipalities.map((m, i) => ({ tenantId, ...m, position: i + 1 })))
      .returning({ id: municipality.id, name: municipality.name });
    if (options.examples) {
      await seedExampleMeasures(tx, {
        tenantId,
        recommendationIds: exampleRecommendations,
        measureTypeIds: Object.fromEntries(types.map((x) => [x.key, x.id])),
        municipalityIds: Object.fromEntries(places.map((p) => [p.name, p.id])),
      });
      // Indicators: the starter catalogue as proposals (after the example partners).
      await seedIndicatorProposals(tx, {
        tenantId,
        fieldLineageByPosition: Object.fromEntries(fields.map((f) => [f.position, f.lineageId])),
      });
    }

    const [fundRow] = await tx
      .insert(fund)
      .values({
        tenantId,
        name: rotenburg.fund.name,
        fiscalYear: rotenburg.fund.fiscalYear,
        estimateCents: rotenburg.fund.estimateCents,
        grantedByCommitteeId: committeeId("council"),
        grantingReference: rotenburg.fund.grantingReference,
      })
      .returning({ id: fund.id });
    if (!fundRow) throw new Error("fund insert returned nothing");
    await tx.insert(fundPurposeEntry).values({
      tenantId,
      fundId: fundRow.id,
      validFrom: "2024-01-01",
      kind: "measureType",
      measureTypeId: languageCourse?.id,
      actionFieldLineageId: focusField.lineageId,
      note: "Vom Kreistag für Sprachkurse zur Verfügung gestellt.",
    });

    const [paperRow] = await tx
      .insert(paper)
      .values({
        tenantId,
        kind: rotenburg.paper.kind,
        title: rotenburg.paper.title,
        statementOfFacts: rotenburg.paper.statementOfFacts,
        proposedResolution: rotenburg.paper.proposedResolution,
      })
      .returning({ id: paper.id });
    if (!paperRow) throw new Error("paper insert returned nothing");
    await tx.insert(consultation).values({
      tenantId,
      paperId: paperRow.id,
      committeeId: committeeId("specialistCommittee"),
      position: 1,
      role: "decision",
    });

    await recordAudit(tx, {
      tenantId,
      actor: "system:seed",
      action: "seed",
      entityType: "tenant",
      entityId: tenantId,
      after: { slug: options.tenant?.slug ?? rotenburg.slug, examples: options.examples },
    });
    return { created: true, tenantId };
  });
}
