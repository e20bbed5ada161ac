import { DomainError } from "../../../domain/errors";
import {
  costKindNames,
  defaultLegalRemedy,
  defaultNoticeTemplate,
  fillNoticeTemplate,
  financingTypeNames,
} from "../../../domain/grant-notice";
import { isGranted, totalCostCents } from "../../../domain/grants";
import { formatEuro } from "../../../domain/money";
import { printableDeep } from "../../../domain/text-input";
import type { Viewer } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { findTenant } from "../../platform/tenancy/tenants";
import { germanDate } from "../../renderers/reports/german-format";
import { visibleApplication } from "./common";
import { type LetterContent, letterFile } from "./letter";
import * as q from "./queries";

export interface NoticeData {
  county: string;
  reference: string;
  decidedOn: string;
  organisation: string;
  title: string;
  programme: string;
  grantedCents: number;
  requestedCents: number;
  periodFrom: string;
  periodTo: string;
  financingType: keyof typeof financingTypeNames;
  costPlan: { costKind: keyof typeof costKindNames; amountCents: number }[];
  template: string | null;
  conditions: string;
  legalRemedy: string | null;
}

/** What the Zuwendungsbescheid says, in order: one model for the DOCX and the tagged PDF. */
export function noticeContent(raw: NoticeData): LetterContent {
  const d = printableDeep(raw);
  const period = `${germanDate(d.periodFrom)} bis ${germanDate(d.periodTo)}`;
  return {
    kind: "Zuwendungsbescheid",
    title: "Zuwendungsbescheid",
    county: d.county,
    dateLine: `${d.county}, ${germanDate(d.decidedOn)}`,
    organisation: d.organisation,
    reference: d.reference,
    datedOn: d.decidedOn,
    facts: [
      ["Aktenzeichen", d.reference],
      ["Vorhaben", d.title],
      ["Förderaufruf", d.programme],
      ["Zuwendung", formatEuro(d.grantedCents)],
      ["Finanzierungsart", financingTypeNames[d.financingType]],
      ["Zeitraum der Bewilligung", period],
      ["Zuwendungsfähige Gesamtausgaben", formatEuro(totalCostCents(d.costPlan))],
    ],
    body: fillNoticeTemplate(d.template ?? defaultNoticeTemplate, {
      organisation: d.organisation,
      vorhaben: d.title,
      betrag: formatEuro(d.grantedCents),
      beantragt: formatEuro(d.requestedCents),
      zeitraum: period,
      finanzierungsart: financingTypeNames[d.financingType],
      aktenzeichen: d.reference,
      datum: germanDate(d.decidedOn),
      landkreis: d.county,
      foerderaufruf: d.programme,
    }),
    sections: [
      {
        heading: "Kostenplan",
        table: {
          header: ["Ausgabenart", "Betrag"],
          rows: d.costPlan.map((l) => [costKindNames[l.costKind], formatEuro(l.amountCents)]),
          numeric: [false, true],
        },
      },
      { heading: "Nebenbestimmungen", text: d.conditions },
      { heading: "Rechtsbehelfsbelehrung", text: d.legalRemedy ?? defaultLegalRemedy },
    ],
  };
}

async function noticeData(db: Executor, tenantId: string, id: string, viewer: Viewer) {
  const row = await visibleApplication(db, tenantId, id, viewer);
  const a = row.application;
  if (!isGranted(a.state) || !a.grantedCents || !a.noticeReference || !a.decidedOn)
    throw new DomainError("conflict", "grant.notGranted");
  const programme = await q.findProgramme(db, tenantId, a.programmeId);
  if (!programme) throw new DomainError("notFound", "grant.programmeNotFound");
  return {
    county: (await findTenant(db, tenantId))?.name ?? "",
    reference: a.noticeReference,
    decidedOn: a.decidedOn,
    organisation: row.partnerName,
    title: a.title,
    programme: programme.programme.title,
    grantedCents: a.grantedCents,
    requestedCents: a.requestedCents,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    financingType: programme.programme.financingType,
    costPlan: a.costPlan,
    template: programme.programme.noticeTemplate,
    conditions: programme.programme.conditions,
    legalRemedy: programme.programme.legalRemedy,
  } satisfies NoticeData;
}

/** The notice of a granted application as DOCX or tagged PDF (the same content). */
export async function noticeFile(
  scope: TenantDb,
  options: { id: string; viewer: Viewer; format: "docx" | "pdf" },
) {
  const data = await scope.transaction((tx) =>
    noticeData(tx, scope.tenantId, options.id, options.viewer),
  );
  return letterFile(noticeContent(data), options.format);
}
