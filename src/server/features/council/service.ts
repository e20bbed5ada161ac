import type {
  AddConsultation,
  Committee,
  Council,
  CreateCommittee,
  CreateMeeting,
  CreatePaper,
  Meeting,
  Paper,
} from "../../../contract/council";
import { createMeetingSchema, createPaperSchema } from "../../../contract/council";
import type { ConsultationRole, PaperKind } from "../../../domain/council-vocabulary";
import { nextDecisionDeadline } from "../../../domain/decision-deadline";
import { DomainError } from "../../../domain/errors";
import { paperDeadlineDaysFor } from "../../../domain/paper-deadline";
import type { PaperText } from "../../../domain/paper-draft";
import { isPaperDecided, listedAttachment } from "../../../domain/paper-files";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { ResolutionEffect } from "../../platform/db/schema";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { countyPaperDeadlineDays } from "../deadlines/read";
import { listPaperFiles } from "./paper-files-queries";
import * as q from "./queries";

function presentCommittee(c: Awaited<ReturnType<typeof q.listCommittees>>[number]): Committee {
  return { id: c.id, name: c.name, shortName: c.shortName, kind: c.kind };
}

export async function readMeetings(db: Executor, tenantId: string): Promise<Meeting[]> {
  const meetings = await q.listMeetings(db, tenantId);
  const items = await q.listAgendaItems(db, tenantId);
  return meetings.map((m) => ({
    ...m,
    agendaItems: items
      .filter((i) => i.meetingId === m.id)
      .map((i) => ({
        id: i.id,
        number: i.number,
        position: i.position,
        title: i.title,
        paperId: i.paperId,
        result: i.result,
      })),
  }));
}

export async function getCouncil(
  scope: TenantDb,
  { mayEdit }: { mayEdit: boolean },
): Promise<Council> {
  return scope.transaction(async (tx) => ({
    committees: (await q.listCommittees(tx, scope.tenantId)).map(presentCommittee),
    meetings: await readMeetings(tx, scope.tenantId),
    papers: (await q.listPapers(tx, scope.tenantId)).map((p) => ({
      id: p.id,
      reference: p.reference,
      kind: p.kind,
      title: p.title,
      paperDate: p.paperDate,
      leadUnit: p.leadUnit,
    })),
    mayEdit,
  }));
}

export async function readPaper(db: Executor, tenantId: string, id: string): Promise<Paper> {
  const p = await q.findPaper(db, tenantId, id);
  if (!p) throw new DomainError("notFound", "paper.notFound");
  const consultations = await q.listConsultations(db, tenantId, id);
  const files = await listPaperFiles(db, tenantId, id);
  return {
    id: p.id,
    reference: p.reference,
    kind: p.kind,
    title: p.title,
    paperDate: p.paperDate,
    leadUnit: p.leadUnit,
    statementOfFacts: p.statementOfFacts,
    proposedResolution: p.proposedResolution,
    financialImpact: p.financialImpact,
    consultations: consultations.map((c) => ({
      id: c.id,
      position: c.position,
      role: c.role,
      outcome: c.outcome,
      committee: { id: c.committeeId, name: c.committee },
      meeting:
        c.meetingId && c.meetingName && c.meetingDate
          ? { id: c.meetingId, name: c.meetingName, meetingDate: c.meetingDate }
          : null,
    })),
    files: files.map(listedAttachment),
    decided: isPaperDecided(consultations.map((c) => c.outcome)),
    proposedEffects: p.proposedEffects,
  };
}

export async function getPaper(scope: TenantDb, { id }: { id: string }): Promise<Paper> {
  return scope.transaction((tx) => readPaper(tx, scope.tenantId, id));
}

export async function createCommittee(
  scope: TenantDb,
  { actor, requestId, input }: Actor & { input: CreateCommittee },
): Promise<Committee> {
  return scope.transaction(async (tx) => {
    const created = await q.insertCommittee(tx, {
      tenantId: scope.tenantId,
      name: input.name,
      shortName: input.shortName || null,
      kind: input.kind,
    });
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      actor,
      requestId,
      action: "committee.create",
      entityType: "committee",
      entityId: created.id,
      after: created,
    });
    return presentCommittee(created);
  });
}

export async function createMeeting(
  scope: TenantDb,
  { actor, requestId, input: raw }: Actor & { input: CreateMeeting },
): Promise<Meeting> {
  const input = createMeetingSchema.parse(raw);
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    if (!(await q.findCommittee(tx, tenantId, input.committeeId))) {
      throw new DomainError("invalid", "committee.notFound", {}, "committeeId");
    }
    for (const [i, item] of input.agendaItems.entries()) {
      if (item.paperId && !(await q.findPaper(tx, tenantId, item.paperId))) {
        throw new DomainError("invalid", "paper.notFound", {}, `agendaItems.${i}.paperId`);
      }
    }
    const created = await q.insertMeeting(tx, {
      tenantId,
      committeeId: input.committeeId,
      name: input.name,
      meetingDate: input.meetingDate,
      location: input.location || null,
    });
    const items = input.agendaItems.map((item, i) => ({
      tenantId,
      meetingId: created.id,
      number: item.number || String(i + 1),
      position: i + 1,
      title: item.title,
      paperId: item.paperId ?? null,
    }));
    await q.insertAgendaItems(tx, items);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "meeting.create",
      entityType: "meeting",
      entityId: created.id,
      after: { ...created, agendaItems: items },
    });
    const meeting = (await readMeetings(tx, tenantId)).find((m) => m.id === created.id);
    if (!meeting) throw new Error("meeting vanished");
    return meeting;
  });
}

async function checkConsultation(
  tx: Executor,
  tenantId: string,
  c: AddConsultation,
  path: string,
): Promise<void> {
  if (!(await q.findCommittee(tx, tenantId, c.committeeId))) {
    throw new DomainError("invalid", "committee.notFound", {}, `${path}committeeId`);
  }
  if (c.meetingId) {
    const m = await q.findMeeting(tx, tenantId, c.meetingId);
    if (!m) throw new DomainError("invalid", "meeting.notFound", {}, `${path}meetingId`);
    if (m.committeeId !== c.committeeId) {
      throw new DomainError(
        "invalid",
        "consultation.meetingOfOtherCommittee",
        {},
        `${path}meetingId`,
      );
    }
  }
}

export async function createPaper(
  scope: TenantDb,
  { actor, requestId, input: raw }: Actor & { input: CreatePaper },
): Promise<Paper> {
  const input = createPaperSchema.parse(raw);
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    for (const [i, c] of input.consultations.entries()) {
      await checkConsultation(tx, tenantId, c, `consultations.${i}.`);
    }
    const { consultations, ...fields } = input;
    const created = await q.insertPaper(tx, {
      tenantId,
      ...fields,
      reference: fields.reference || null,
      proposedResolution: fields.proposedResolution || null,
      financialImpact: fields.financialImpact || null,
      leadUnit: fields.leadUnit || null,
    });
    for (const [i, c] of consultations.entries()) {
      await q.insertConsultation(tx, { tenantId, paperId: created.id, position: i + 1, ...c });
    }
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "paper.create",
      entityType: "paper",
      entityId: created.id,
      after: { ...created, consultations },
    });
    return readPaper(tx, tenantId, created.id);
  });
}

export async function addConsultation(
  scope: TenantDb,
  { actor, requestId, paperId, input }: Actor & { paperId: string; input: AddConsultation },
): Promise<Paper> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    if (!(await q.findPaper(tx, tenantId, paperId, true))) {
      throw new DomainError("notFound", "paper.notFound");
    }
    await checkConsultation(tx, tenantId, input, "");
    const existing = await q.listConsultations(tx, tenantId, paperId);
    const position = Math.max(0, ...existing.map((c) => c.position)) + 1;
    const created = await q.insertConsultation(tx, { tenantId, paperId, position, ...input });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "consultation.create",
      entityType: "consultation",
      entityId: created.id,
      after: created,
    });
    return readPaper(tx, tenantId, paperId);
  });
}

/** Where and how a drafted paper is stored: its Beratungsfolge of one committee. */
export interface DraftedPaper {
  text: PaperText;
  effects: ResolutionEffect[];
  paperKind: PaperKind;
  role: ConsultationRole;
  committeeId: string | null;
  meetingId: string | null;
  /** What the audit says it was drafted from. */
  source: Record<string, unknown>;
}

/**
 * Stores a drafted paper undecided with its Beratungsfolge: the committee, at the meeting given or
 * its next meeting whose Vorlagenfrist has not passed. One step for every source (fund, concept
 * draft, report); the office edits the text on the paper's page.
 */
export async function storeDraftedPaper(
  tx: Executor,
  tenantId: string,
  { actor, requestId, today }: Actor & { today: string },
  d: DraftedPaper,
): Promise<Paper> {
  const committeeId = d.committeeId;
  if (!committeeId || !(await q.findCommittee(tx, tenantId, committeeId)))
    throw new DomainError("invalid", "paperDraft.committeeMissing", {}, "committeeId");
  let meetingId = d.meetingId;
  if (meetingId) {
    const m = await q.findMeeting(tx, tenantId, meetingId);
    if (!m || m.committeeId !== committeeId)
      throw new DomainError("invalid", "consultation.meetingOfOtherCommittee", {}, "meetingId");
  } else {
    const meetings = (await q.listMeetings(tx, tenantId)).filter(
      (m) => m.committeeId === committeeId,
    );
    const days = paperDeadlineDaysFor(await countyPaperDeadlineDays(tx, tenantId));
    meetingId = nextDecisionDeadline(meetings, days, today, "9999-12-31")?.meetingId ?? null;
  }
  const created = await q.insertPaper(tx, {
    tenantId,
    kind: d.paperKind,
    ...d.text,
    paperDate: today,
    proposedEffects: d.effects,
  });
  await q.insertConsultation(tx, {
    tenantId,
    paperId: created.id,
    position: 1,
    committeeId,
    meetingId,
    role: d.role,
  });
  await recordAudit(tx, {
    tenantId,
    actor,
    requestId,
    action: "paper.draftFromData",
    entityType: "paper",
    entityId: created.id,
    after: { ...d.source, committeeId, meetingId, proposedEffects: d.effects },
  });
  return readPaper(tx, tenantId, created.id);
}

/** Recording a resolution on a consultation sets its outcome (in the resolution's transaction). */
export { setConsultationOutcome } from "./queries";
