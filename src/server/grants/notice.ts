import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { DomainError } from "../../domain/errors";
import {
  costKindNames,
  defaultLegalRemedy,
  defaultNoticeTemplate,
  fillNoticeTemplate,
  financingTypeNames,
} from "../../domain/grant-notice";
import { isGranted, totalCostCents } from "../../domain/grants";
import { formatEuro } from "../../domain/money";
import { printableDeep } from "../../domain/text-input";
import type { Executor } from "../db/database";
import type { TenantDb } from "../db/tenant-scope";
import type { Viewer } from "../measures/service";
import { findTenant } from "../overview/queries";
import { docxFacts, docxFont, docxHeading, docxText } from "../reports/docx-blocks";
import { germanDate } from "../reports/german-format";
import { visibleApplication } from "./common";
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

/** The Zuwendungsbescheid as a Word document (a pure function of its data). */
export function noticeDocument(raw: NoticeData): Document {
  const d = printableDeep(raw);
  const period = `${germanDate(d.periodFrom)} bis ${germanDate(d.periodTo)}`;
  const body = fillNoticeTemplate(d.template ?? defaultNoticeTemplate, {
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
  });
  return new Document({
    creator: d.county,
    title: `Zuwendungsbescheid ${d.reference}`,
    styles: { default: { document: { run: { font: docxFont, size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({ text: `${d.county}, ${germanDate(d.decidedOn)}`, font: docxFont }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: d.organisation, font: docxFont })] }),
          docxHeading("Zuwendungsbescheid", "title"),
          docxFacts([
            ["Aktenzeichen", d.reference],
            ["Vorhaben", d.title],
            ["Förderaufruf", d.programme],
            ["Zuwendung", formatEuro(d.grantedCents)],
            ["Finanzierungsart", financingTypeNames[d.financingType]],
            ["Zeitraum der Bewilligung", period],
            ["Zuwendungsfähige Gesamtausgaben", formatEuro(totalCostCents(d.costPlan))],
          ]),
          ...docxText(body),
          docxHeading("Kostenplan"),
          docxFacts(d.costPlan.map((l) => [costKindNames[l.costKind], formatEuro(l.amountCents)])),
          docxHeading("Nebenbestimmungen"),
          ...docxText(d.conditions),
          docxHeading("Rechtsbehelfsbelehrung"),
          ...docxText(d.legalRemedy ?? defaultLegalRemedy),
        ],
      },
    ],
  });
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

export async function noticeDocx(scope: TenantDb, options: { id: string; viewer: Viewer }) {
  const data = await scope.transaction((tx) =>
    noticeData(tx, scope.tenantId, options.id, options.viewer),
  );
  const safeRef = data.reference.replace(/[^A-Za-z0-9._-]+/g, "-");
  return {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    fileName: `Zuwendungsbescheid_${safeRef}.docx`,
    body: await Packer.toBuffer(noticeDocument(data)),
  };
}
