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
import type { Viewer } from "../auth/actor";
import type { Executor } from "../db/database";
import type { TenantDb } from "../db/tenant-scope";
import { docxFacts, docxFont, docxHeading, docxText } from "../reports/docx-blocks";
import { germanDate } from "../reports/german-format";
import { findTenant } from "../tenancy/tenants";
import { visibleApplication } from "./common";
import { renderNoticePdf } from "./notice-pdf";
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
export interface NoticeContent {
  title: string;
  county: string;
  dateLine: string;
  organisation: string;
  reference: string;
  decidedOn: string;
  facts: [string, string][];
  body: string;
  sections: { heading: string; facts?: [string, string][]; text?: string }[];
}

export function noticeContent(raw: NoticeData): NoticeContent {
  const d = printableDeep(raw);
  const period = `${germanDate(d.periodFrom)} bis ${germanDate(d.periodTo)}`;
  return {
    title: "Zuwendungsbescheid",
    county: d.county,
    dateLine: `${d.county}, ${germanDate(d.decidedOn)}`,
    organisation: d.organisation,
    reference: d.reference,
    decidedOn: d.decidedOn,
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
        facts: d.costPlan.map((l) => [costKindNames[l.costKind], formatEuro(l.amountCents)]),
      },
      { heading: "Nebenbestimmungen", text: d.conditions },
      { heading: "Rechtsbehelfsbelehrung", text: d.legalRemedy ?? defaultLegalRemedy },
    ],
  };
}

/** The Zuwendungsbescheid as a Word document (a pure function of its content). */
export function noticeDocument(c: NoticeContent): Document {
  return new Document({
    creator: c.county,
    title: `${c.title} ${c.reference}`,
    styles: { default: { document: { run: { font: docxFont, size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: c.dateLine, font: docxFont })],
          }),
          new Paragraph({ children: [new TextRun({ text: c.organisation, font: docxFont })] }),
          docxHeading(c.title, "title"),
          docxFacts(c.facts),
          ...docxText(c.body),
          ...c.sections.flatMap((section) => [
            docxHeading(section.heading),
            ...(section.facts ? [docxFacts(section.facts)] : []),
            ...(section.text ? docxText(section.text) : []),
          ]),
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

/** The notice of a granted application as DOCX or tagged PDF (the same content). */
export async function noticeFile(
  scope: TenantDb,
  options: { id: string; viewer: Viewer; format: "docx" | "pdf" },
) {
  const data = await scope.transaction((tx) =>
    noticeData(tx, scope.tenantId, options.id, options.viewer),
  );
  const content = noticeContent(data);
  const safeRef = data.reference.replace(/[^A-Za-z0-9._-]+/g, "-");
  if (options.format === "pdf")
    return {
      contentType: "application/pdf",
      fileName: `Zuwendungsbescheid_${safeRef}.pdf`,
      body: await renderNoticePdf(content),
    };
  return {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    fileName: `Zuwendungsbescheid_${safeRef}.docx`,
    body: await Packer.toBuffer(noticeDocument(content)),
  };
}
