import { DomainError } from "../../../domain/errors";
import {
  costKindNames,
  defaultLegalRemedy,
  financingTypeNames,
} from "../../../domain/grant-notice";
import type { CostKind, FinancingType } from "../../../domain/grants";
import { formatEuro } from "../../../domain/money";
import { printableDeep } from "../../../domain/text-input";
import type { Viewer } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { findTenant } from "../../platform/tenancy/tenants";
import { germanDate } from "../../renderers/reports/german-format";
import { comparison, paidOf, visibleApplication } from "./common";
import { type LetterContent, letterFile } from "./letter";
import * as q from "./queries";

/** What the settlement letter after a confirmed proof of use is made of. */
export interface ReclaimLetterData {
  county: string;
  reference: string;
  organisation: string;
  title: string;
  programme: string;
  financingType: FinancingType;
  periodFrom: string;
  periodTo: string;
  grantedCents: number;
  /** Paid before the proof was confirmed (the approved payment requests). */
  paidCents: number;
  submittedOn: string;
  confirmedOn: string;
  /** As booked when the proof was confirmed. */
  entitledCents: number;
  reclaimCents: number;
  releaseCents: number;
  actualThirdPartyCents: number;
  overspendAllowancePercent: number;
  lines: {
    costKind: CostKind;
    plannedCents: number;
    actualCents: number;
    capCents: number;
    eligibleCents: number;
  }[];
  legalRemedy: string | null;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The Abrechnungsschreiben (with a reclaim: Rückforderung) after the office confirmed the proof of
 * use: the figures per cost kind against the plan, what counts, the entitlement by financing type
 * and what follows — paid back, still paid, or settled. One model for DOCX and tagged PDF.
 */
export function reclaimLetterContent(raw: ReclaimLetterData): LetterContent {
  const d = printableDeep(raw);
  const stillOwed = Math.max(0, d.entitledCents - d.paidCents);
  const actual = sum(d.lines.map((l) => l.actualCents));
  const eligible = sum(d.lines.map((l) => l.eligibleCents));
  const capped = d.lines.some((l) => l.actualCents > l.capCents);
  const reclaim = d.reclaimCents > 0;
  const outcome = reclaim
    ? `Ausgezahlt wurden ${formatEuro(d.paidCents)}. Insoweit die Auszahlung die zustehende Zuwendung übersteigt, widerrufe ich den Zuwendungsbescheid und fordere ${formatEuro(d.reclaimCents)} zurück. Bitte überweisen Sie diesen Betrag innerhalb eines Monats nach Bekanntgabe dieses Schreibens unter Angabe des Aktenzeichens ${d.reference}.`
    : stillOwed > 0
      ? `Ausgezahlt wurden ${formatEuro(d.paidCents)}. Den noch zustehenden Betrag von ${formatEuro(stillOwed)} zahle ich Ihnen aus.`
      : `Ausgezahlt wurden ${formatEuro(d.paidCents)}. Die Zuwendung ist damit abschließend abgerechnet.`;
  const release =
    d.releaseCents > 0
      ? `\n\nNicht benötigte Mittel von ${formatEuro(d.releaseCents)} sind wieder freigegeben.`
      : "";
  return {
    kind: "Abrechnungsschreiben",
    title: reclaim
      ? "Rückforderung nach Prüfung des Verwendungsnachweises"
      : "Abrechnung der Zuwendung",
    county: d.county,
    dateLine: `${d.county}, ${germanDate(d.confirmedOn)}`,
    organisation: d.organisation,
    reference: d.reference,
    datedOn: d.confirmedOn,
    facts: [
      ["Aktenzeichen", d.reference],
      ["Vorhaben", d.title],
      ["Förderaufruf", d.programme],
      ["Finanzierungsart", financingTypeNames[d.financingType]],
      ["Zeitraum der Bewilligung", `${germanDate(d.periodFrom)} bis ${germanDate(d.periodTo)}`],
      ["Nachweis vom", germanDate(d.submittedOn)],
      ["Bewilligt", formatEuro(d.grantedCents)],
      ["Ausgezahlt", formatEuro(d.paidCents)],
      ["Zustehende Zuwendung", formatEuro(d.entitledCents)],
      reclaim
        ? ["Rückforderung", formatEuro(d.reclaimCents)]
        : ["Noch auszuzahlen", formatEuro(stillOwed)],
    ],
    body: `Sehr geehrte Damen und Herren,

Ihren Verwendungsnachweis vom ${germanDate(d.submittedOn)} für das Vorhaben „${d.title}“ habe ich geprüft. Die Ausgaben betragen ${formatEuro(actual)}, davon zuwendungsfähig ${formatEuro(eligible)}; erhalten haben Sie Drittmittel von ${formatEuro(d.actualThirdPartyCents)}. Als ${financingTypeNames[d.financingType]} steht Ihnen danach eine Zuwendung von ${formatEuro(d.entitledCents)} zu.

${outcome}${release}`,
    sections: [
      {
        heading: "Ausgaben nach Kostenart",
        table: {
          header: ["Ausgabenart", "Plan", "Ist", "Zuwendungsfähig"],
          rows: [
            ...d.lines.map((l) => [
              costKindNames[l.costKind],
              formatEuro(l.plannedCents),
              formatEuro(l.actualCents),
              formatEuro(l.eligibleCents),
            ]),
            [
              "Summe",
              formatEuro(sum(d.lines.map((l) => l.plannedCents))),
              formatEuro(actual),
              formatEuro(eligible),
            ],
          ],
          numeric: [false, true, true, true],
        },
        text: capped
          ? `Einzelne Ansätze des Finanzierungsplans dürfen um bis zu ${d.overspendAllowancePercent} % überschritten werden, soweit die Überschreitung durch entsprechende Einsparungen bei anderen Ansätzen ausgeglichen wird (Nr. 1.2 ANBest-P). Darüber hinausgehende Ausgaben sind nicht zuwendungsfähig.`
          : undefined,
      },
      ...(reclaim
        ? [{ heading: "Rechtsbehelfsbelehrung", text: d.legalRemedy ?? defaultLegalRemedy }]
        : []),
    ],
  };
}

async function reclaimLetterData(
  db: Executor,
  tenantId: string,
  id: string,
  viewer: Viewer,
): Promise<ReclaimLetterData> {
  const row = await visibleApplication(db, tenantId, id, viewer);
  const a = row.application;
  const [proof] = await q.listProofs(db, tenantId, [a.id]);
  if (!proof) throw new DomainError("conflict", "grant.proofMissing");
  if (proof.state !== "confirmed" || !proof.confirmedOn || !a.noticeReference)
    throw new DomainError("conflict", "grant.proofNotConfirmed");
  const programme = await q.findProgramme(db, tenantId, a.programmeId);
  if (!programme) throw new DomainError("notFound", "grant.programmeNotFound");
  return {
    county: (await findTenant(db, tenantId))?.name ?? "",
    reference: a.noticeReference,
    organisation: row.partnerName,
    title: a.title,
    programme: row.programmeTitle,
    financingType: row.financingType,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    grantedCents: a.grantedCents ?? 0,
    paidCents: paidOf(await q.listPaymentRequests(db, tenantId, [a.id])),
    submittedOn: proof.submittedOn,
    confirmedOn: proof.confirmedOn,
    entitledCents: proof.entitledCents ?? 0,
    reclaimCents: proof.reclaimCents ?? 0,
    releaseCents: proof.releaseCents ?? 0,
    actualThirdPartyCents: proof.actualThirdPartyCents,
    overspendAllowancePercent: row.overspendAllowancePercent,
    lines: comparison(a.costPlan, proof.actualCosts, row.overspendAllowancePercent),
    legalRemedy: programme.programme.legalRemedy,
  };
}

/** The settlement letter of a confirmed proof of use as DOCX or tagged PDF (the same content). */
export async function reclaimLetterFile(
  scope: TenantDb,
  options: { id: string; viewer: Viewer; format: "docx" | "pdf" },
) {
  const data = await scope.transaction((tx) =>
    reclaimLetterData(tx, scope.tenantId, options.id, options.viewer),
  );
  return letterFile(reclaimLetterContent(data), options.format);
}
