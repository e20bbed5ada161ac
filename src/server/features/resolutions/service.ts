import type {
  RecordResolution,
  Resolution,
  ResolutionEffectInput,
} from "../../../contract/resolution";
import { recordResolutionSchema } from "../../../contract/resolution";
import { DomainError } from "../../../domain/errors";
import { assertEffectsAllowed, effectsApply } from "../../../domain/resolution";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as council from "../council/read";
import { setConsultationOutcome } from "../council/service";
import { applyEffects } from "./effects";
import * as q from "./queries";

export function presentResolution(row: q.ResolutionRow, all: q.ResolutionRow[]): Resolution {
  return {
    id: row.id,
    committee: { id: row.committeeId, name: row.committeeName },
    meeting:
      row.meetingId && row.meetingName && row.meetingDate
        ? { id: row.meetingId, name: row.meetingName, meetingDate: row.meetingDate }
        : null,
    paper:
      row.paperId && row.paperTitle
        ? { id: row.paperId, reference: row.paperReference, title: row.paperTitle }
        : null,
    consultationId: row.consultationId,
    decidedOn: row.decidedOn,
    outcome: row.outcome,
    text: row.text,
    effects: row.effects as ResolutionEffectInput[],
    correctsResolutionId: row.correctsResolutionId,
    correctedBy: all.filter((r) => r.correctsResolutionId === row.id).map((r) => r.id),
    recordedAt: row.createdAt,
  };
}

export async function listResolutions(
  scope: TenantDb,
  { paperId }: { paperId?: string } = {},
): Promise<Resolution[]> {
  return scope.transaction(async (tx) => {
    const all = await q.listResolutions(tx, scope.tenantId);
    return all
      .filter((r) => !paperId || r.paperId === paperId)
      .map((r) => presentResolution(r, all));
  });
}

async function readResolution(tx: Executor, tenantId: string, id: string): Promise<Resolution> {
  const all = await q.listResolutions(tx, tenantId);
  const row = all.find((r) => r.id === id);
  if (!row) throw new DomainError("notFound", "resolution.notFound");
  return presentResolution(row, all);
}

export async function getResolution(scope: TenantDb, { id }: { id: string }): Promise<Resolution> {
  return scope.transaction((tx) => readResolution(tx, scope.tenantId, id));
}

/** Checks that committee, meeting, paper and consultation exist and fit together. */
async function checkReferences(tx: Executor, tenantId: string, input: RecordResolution) {
  if (!(await council.findCommittee(tx, tenantId, input.committeeId))) {
    throw new DomainError("invalid", "committee.notFound", {}, "committeeId");
  }
  if (input.meetingId) {
    const m = await council.findMeeting(tx, tenantId, input.meetingId);
    if (!m) throw new DomainError("invalid", "meeting.notFound", {}, "meetingId");
    if (m.committeeId !== input.committeeId) {
      throw new DomainError("invalid", "resolution.meetingOfOtherCommittee", {}, "meetingId");
    }
  }
  if (input.paperId && !(await council.findPaper(tx, tenantId, input.paperId))) {
    throw new DomainError("invalid", "paper.notFound", {}, "paperId");
  }
  if (input.correctsResolutionId) {
    const corrected = await q.findResolution(tx, tenantId, input.correctsResolutionId);
    if (!corrected) {
      throw new DomainError("invalid", "resolution.notFound", {}, "correctsResolutionId");
    }
  }
  return findConsultation(tx, tenantId, input);
}

/** The consultation this resolution concludes: named, or the paper's open one at this committee. */
async function findConsultation(tx: Executor, tenantId: string, input: RecordResolution) {
  if (input.consultationId) {
    const c = await council.findConsultation(tx, tenantId, input.consultationId);
    if (
      !c ||
      (input.paperId && c.paperId !== input.paperId) ||
      c.committeeId !== input.committeeId
    ) {
      throw new DomainError("invalid", "resolution.consultationMismatch", {}, "consultationId");
    }
    return c;
  }
  if (!input.paperId) return null;
  const open = (await council.listConsultations(tx, tenantId, input.paperId)).find(
    (c) => c.committeeId === input.committeeId && c.outcome === null,
  );
  return open ? await council.findConsultation(tx, tenantId, open.id) : null;
}

/**
 * Records a committee's resolution. When adopted, its effects are applied in the same
 * transaction; the consultation gets the outcome; everything is audited. Never edited later.
 */
export async function recordResolution(
  scope: TenantDb,
  { actor, requestId, input: raw }: Actor & { input: RecordResolution },
): Promise<Resolution> {
  const input = recordResolutionSchema.parse(raw);
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    assertEffectsAllowed(input.outcome, input.effects.length);
    const consultation = await checkReferences(tx, tenantId, input);
    const paperId = input.paperId ?? consultation?.paperId ?? null;
    const meetingId = input.meetingId ?? consultation?.meetingId ?? null;
    const created = await q.insertResolution(tx, {
      tenantId,
      committeeId: input.committeeId,
      meetingId,
      paperId,
      consultationId: consultation?.id ?? null,
      decidedOn: input.decidedOn,
      outcome: input.outcome,
      text: input.text,
      effects: input.effects,
      correctsResolutionId: input.correctsResolutionId ?? null,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: input.correctsResolutionId ? "resolution.correct" : "resolution.record",
      entityType: "resolution",
      entityId: created.id,
      after: { ...input, paperId, meetingId, consultationId: consultation?.id ?? null },
    });
    if (consultation) {
      await setConsultationOutcome(tx, tenantId, consultation.id, input.outcome);
      await recordAudit(tx, {
        tenantId,
        actor,
        requestId,
        action: "consultation.outcome",
        entityType: "consultation",
        entityId: consultation.id,
        before: { outcome: consultation.outcome },
        after: { outcome: input.outcome, resolutionId: created.id },
      });
    }
    if (effectsApply(input.outcome)) {
      await applyEffects(
        {
          tx,
          tenantId,
          actor,
          requestId,
          resolution: { ...input, id: created.id },
        },
        input.effects,
      );
    }
    return readResolution(tx, tenantId, created.id);
  });
}
