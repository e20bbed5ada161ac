import {
  berlinMidnight,
  committeeClassification,
  consultationRoleName,
  outcomeName,
  paperTypeOf,
} from "../../../domain/oparl-terms";
import { reportFileName } from "../../renderers/reports/report-document";
import { publicReportPath } from "../public-site/site-paths";
import type {
  AgendaItemRow,
  CommitteeRow,
  ConsultationRow,
  FileRow,
  MeetingRow,
  PaperRow,
  ReportRow,
} from "./export-queries";

const schemaBase = "https://schema.oparl.org/1.1/";
export type OParlObject = Record<string, unknown> & { id: string; type: string };

const iso = (timestamp: string) => new Date(timestamp).toISOString();

/** Where OParl objects of this installation live: `${origin}/oparl/v1/…`. */
export class OParlUrls {
  constructor(
    readonly root: string,
    readonly bodySlug: string,
  ) {}
  get system() {
    return this.root;
  }
  get bodies() {
    return `${this.root}/bodies`;
  }
  get body() {
    return `${this.root}/body/${this.bodySlug}`;
  }
  bodyList(kind: "organizations" | "persons" | "meetings" | "papers" | "files") {
    return `${this.body}/${kind}`;
  }
  organization = (id: string) => `${this.root}/organization/${id}`;
  meeting = (id: string) => `${this.root}/meeting/${id}`;
  agendaItem = (id: string) => `${this.root}/agendaItem/${id}`;
  paper = (id: string) => `${this.root}/paper/${id}`;
  consultation = (id: string) => `${this.root}/consultation/${id}`;
  file = (id: string) => `${this.root}/file/${id}`;
  fileAccess = (id: string) => `${this.root}/file/${id}/content`;
  fileDownload = (id: string) => `${this.root}/file/${id}/download`;
  /** A page of the same site outside OParl (e.g. a published report's PDF). */
  site = (path: string) => new URL(path, this.root).toString();
}

export function presentSystem(urls: OParlUrls, name: string): OParlObject {
  return {
    id: urls.system,
    type: `${schemaBase}System`,
    oparlVersion: schemaBase,
    body: urls.bodies,
    name: `Kurs – ${name}`,
  };
}

export function presentBody(
  urls: OParlUrls,
  t: { name: string; createdAt: string },
  modified: string,
): OParlObject {
  return {
    id: urls.body,
    type: `${schemaBase}Body`,
    system: urls.system,
    name: t.name,
    classification: "Landkreis",
    organization: urls.bodyList("organizations"),
    person: urls.bodyList("persons"),
    meeting: urls.bodyList("meetings"),
    paper: urls.bodyList("papers"),
    file: urls.bodyList("files"),
    legislativeTerm: [],
    created: iso(t.createdAt),
    modified: iso(modified),
  };
}

export function presentOrganization(urls: OParlUrls, c: CommitteeRow): OParlObject {
  return {
    id: urls.organization(c.id),
    type: `${schemaBase}Organization`,
    body: urls.body,
    name: c.name,
    ...(c.shortName ? { shortName: c.shortName } : {}),
    organizationType: "Gremium",
    classification: committeeClassification[c.kind],
    created: iso(c.createdAt),
    modified: iso(c.modifiedAt),
  };
}

export function presentAgendaItem(
  urls: OParlUrls,
  item: AgendaItemRow,
  m: MeetingRow,
  consultationId: string | null,
): OParlObject {
  return {
    id: urls.agendaItem(item.id),
    type: `${schemaBase}AgendaItem`,
    meeting: urls.meeting(m.id),
    ...(item.number ? { number: item.number } : {}),
    order: item.position,
    name: item.title,
    public: true,
    ...(consultationId ? { consultation: urls.consultation(consultationId) } : {}),
    ...(item.result ? { result: item.result } : {}),
    created: iso(m.createdAt),
    modified: iso(m.modifiedAt),
  };
}

/** A meeting with its agenda. Kurs keeps the day only: start is that day's local midnight. */
export function presentMeeting(
  urls: OParlUrls,
  m: MeetingRow,
  items: AgendaItemRow[],
  consultations: ConsultationRow[],
): OParlObject {
  const consultationFor = (item: AgendaItemRow) =>
    consultations.find((c) => item.paperId && c.paperId === item.paperId && c.meetingId === m.id)
      ?.id ?? null;
  return {
    id: urls.meeting(m.id),
    type: `${schemaBase}Meeting`,
    name: m.name,
    start: berlinMidnight(m.meetingDate),
    organization: [urls.organization(m.committeeId)],
    agendaItem: items.map((i) => presentAgendaItem(urls, i, m, consultationFor(i))),
    created: iso(m.createdAt),
    modified: iso(m.modifiedAt),
  };
}

export function presentConsultation(
  urls: OParlUrls,
  c: ConsultationRow,
  p: PaperRow,
  agendaItemId: string | null,
): OParlObject {
  return {
    id: urls.consultation(c.id),
    type: `${schemaBase}Consultation`,
    paper: urls.paper(p.id),
    ...(c.meetingId ? { meeting: urls.meeting(c.meetingId) } : {}),
    ...(agendaItemId ? { agendaItem: urls.agendaItem(agendaItemId) } : {}),
    organization: [urls.organization(c.committeeId)],
    authoritative: c.role === "decision",
    role: consultationRoleName[c.role],
    ...(c.outcome ? { keyword: [outcomeName[c.outcome]] } : {}),
    created: iso(p.createdAt),
    modified: iso(p.modifiedAt),
  };
}

export function presentFile(urls: OParlUrls, f: FileRow): OParlObject {
  return {
    id: urls.file(f.id),
    type: `${schemaBase}File`,
    name: f.name,
    fileName: f.fileName,
    mimeType: f.mimeType,
    date: iso(f.createdAt).slice(0, 10),
    size: f.size,
    sha1Checksum: f.sha1,
    accessUrl: urls.fileAccess(f.id),
    downloadUrl: urls.fileDownload(f.id),
    paper: [urls.paper(f.paperId)],
    created: iso(f.createdAt),
    modified: iso(f.createdAt),
  };
}

/**
 * A published Sachstandsbericht's PDF as an OParl File: the file on the public site,
 * of the paper it belongs to — the Vorlage its draft named, else the report's own Paper — and of
 * the meeting it was presented in.
 */
export function presentReportFile(urls: OParlUrls, r: ReportRow): OParlObject {
  const day = r.finalisedAt.slice(0, 10);
  return {
    id: urls.file(r.id),
    type: `${schemaBase}File`,
    name: r.title,
    fileName: reportFileName(
      {
        committee: { id: r.committeeId, name: r.committee },
        period: { from: r.periodFrom, to: r.periodTo },
        presentedOn: r.meetingDate,
      },
      "pdf",
    ),
    mimeType: "application/pdf",
    date: day,
    accessUrl: urls.site(publicReportPath(r.id, "pdf")),
    downloadUrl: urls.site(publicReportPath(r.id, "pdf")),
    paper: [urls.paper(r.paperId ?? r.id)],
    ...(r.meetingId ? { meeting: [urls.meeting(r.meetingId)] } : {}),
    created: iso(r.finalisedAt),
    modified: iso(r.finalisedAt),
  };
}

/** The consultation of a report's own Paper: taken note of by its committee at its meeting. */
export function presentReportConsultation(
  urls: OParlUrls,
  r: ReportRow,
  agendaItemId: string | null,
): OParlObject {
  return {
    id: urls.consultation(r.id),
    type: `${schemaBase}Consultation`,
    paper: urls.paper(r.id),
    ...(r.meetingId ? { meeting: urls.meeting(r.meetingId) } : {}),
    ...(agendaItemId ? { agendaItem: urls.agendaItem(agendaItemId) } : {}),
    organization: [urls.organization(r.committeeId)],
    authoritative: false,
    role: consultationRoleName.noting,
    created: iso(r.finalisedAt),
    modified: iso(r.finalisedAt),
  };
}

/** A published report whose draft named no Vorlage: a Paper of its own (Mitteilungsvorlage). */
export function presentReportPaper(
  urls: OParlUrls,
  r: ReportRow,
  agendaItemId: string | null,
): OParlObject {
  return {
    id: urls.paper(r.id),
    type: `${schemaBase}Paper`,
    body: urls.body,
    name: r.title,
    date: r.meetingDate ?? r.finalisedAt.slice(0, 10),
    paperType: paperTypeOf.information,
    mainFile: presentReportFile(urls, r),
    consultation: [presentReportConsultation(urls, r, agendaItemId)],
    created: iso(r.finalisedAt),
    modified: iso(r.finalisedAt),
  };
}

export function presentPaper(
  urls: OParlUrls,
  p: PaperRow,
  consultations: ConsultationRow[],
  agendaItems: AgendaItemRow[],
  files: FileRow[],
  /** The published report this Vorlage carries (its draft named it): the paper's main file. */
  report: ReportRow | null = null,
): OParlObject {
  const agendaItemFor = (c: ConsultationRow) =>
    agendaItems.find((i) => i.paperId === p.id && c.meetingId && i.meetingId === c.meetingId)?.id ??
    null;
  return {
    id: urls.paper(p.id),
    type: `${schemaBase}Paper`,
    body: urls.body,
    name: p.title,
    ...(p.reference ? { reference: p.reference } : {}),
    ...(p.paperDate ? { date: p.paperDate } : {}),
    paperType: paperTypeOf[p.kind],
    ...(report ? { mainFile: presentReportFile(urls, report) } : {}),
    ...(files.length > 0 ? { auxiliaryFile: files.map((f) => presentFile(urls, f)) } : {}),
    consultation: consultations.map((c) => presentConsultation(urls, c, p, agendaItemFor(c))),
    created: iso(p.createdAt),
    modified: iso(p.modifiedAt),
  };
}
