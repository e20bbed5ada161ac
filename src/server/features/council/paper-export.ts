import type { Paper } from "../../../contract/council";
import {
  consultationRoleLabels,
  paperKindLabels,
  resolutionOutcomeLabels,
} from "../../../domain/council-vocabulary";
import { germanDate } from "../../../domain/dates";
import type { DocumentFormat } from "../../../domain/file-formats";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { findTenant } from "../../platform/tenancy/tenants";
import { germanPaperLabels, type PaperDocument } from "../../renderers/reports/paper-document";
import { renderPaperDocx } from "../../renderers/reports/paper-docx";
import { renderPaperPdf } from "../../renderers/reports/paper-pdf";
import { getPaper } from "./service";

/** The paper as document data in the Sitzungsvorlage layout (German, as the paper itself). */
function paperDocument(paper: Paper, issuer: string): PaperDocument {
  return {
    issuer,
    kindLabel: paperKindLabels[paper.kind],
    reference: paper.reference,
    date: paper.paperDate ? germanDate(paper.paperDate) : null,
    leadUnit: paper.leadUnit,
    title: paper.title,
    statementOfFacts: paper.statementOfFacts,
    proposedResolution: paper.proposedResolution,
    financialImpact: paper.financialImpact,
    consultations: paper.consultations.map((c) => ({
      committee: c.committee.name,
      meeting: c.meeting ? `${c.meeting.name}, ${germanDate(c.meeting.meetingDate)}` : "–",
      role: consultationRoleLabels[c.role],
      outcome: c.outcome ? resolutionOutcomeLabels[c.outcome] : "offen",
    })),
    labels: germanPaperLabels,
  };
}

export type PaperFormat = DocumentFormat;

/** Reads the paper and renders it; the document is a pure function of the paper's data. */
export async function exportPaper(
  scope: TenantDb,
  { id, format }: { id: string; format: PaperFormat },
): Promise<{ document: PaperDocument; bytes: Buffer }> {
  const paper = await getPaper(scope, { id });
  const tenant = await scope.transaction((tx) => findTenant(tx, scope.tenantId));
  const document = paperDocument(paper, tenant?.name ?? "");
  const bytes =
    format === "docx" ? await renderPaperDocx(document) : await renderPaperPdf(document);
  return { document, bytes };
}
