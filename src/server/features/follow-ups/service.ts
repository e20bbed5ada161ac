import type {
  AddFollowUpNote,
  CreateFollowUp,
  FollowUp,
  UpdateFollowUp,
} from "../../../contract/follow-up";
import {
  addFollowUpNoteSchema,
  createFollowUpSchema,
  updateFollowUpSchema,
} from "../../../contract/follow-up";
import type { ResolutionEffectInput } from "../../../contract/resolution";
import { DomainError } from "../../../domain/errors";
import { effectFollowUpTitle, isClosedState, isOverdue } from "../../../domain/follow-up";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { effectSubjectName } from "./effect-names";
import * as q from "./queries";

function present(
  row: q.FollowUpRow,
  notes: Awaited<ReturnType<typeof q.notesOf>>,
  today: string,
): FollowUp {
  return {
    id: row.id,
    resolution: {
      id: row.resolutionId,
      decidedOn: row.decidedOn,
      text: row.resolutionText,
      committee: { id: row.committeeId, name: row.committeeName },
      paper:
        row.paperId && row.paperTitle
          ? { id: row.paperId, reference: row.paperReference, title: row.paperTitle }
          : null,
    },
    title: row.title,
    responsible: row.responsible,
    dueOn: row.dueOn,
    state: row.state,
    closedOn: row.closedOn,
    automatic: row.effectIndex !== null,
    overdue: isOverdue(row, today),
    notes: notes
      .filter((n) => n.followUpId === row.id)
      .map((n) => ({ id: n.id, notedOn: n.notedOn, text: n.text })),
  };
}

/** Follow-ups with their notes, inside the caller's transaction. */
export async function readFollowUps(
  tx: Executor,
  tenantId: string,
  filter: { committeeId?: string; resolutionId?: string; id?: string; open?: boolean },
  today: string,
): Promise<FollowUp[]> {
  const rows = (await q.listFollowUps(tx, tenantId, filter)).filter(
    (r) => !filter.open || !isClosedState(r.state),
  );
  const notes = await q.notesOf(
    tx,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => present(r, notes, today));
}

export async function listFollowUps(
  scope: TenantDb,
  filter: { committeeId?: string; resolutionId?: string; open?: boolean },
  today: string,
): Promise<FollowUp[]> {
  return scope.transaction((tx) => readFollowUps(tx, scope.tenantId, filter, today));
}

async function readOne(tx: Executor, tenantId: string, id: string, today: string) {
  const [one] = await readFollowUps(tx, tenantId, { id }, today);
  if (!one) throw new DomainError("notFound", "followUp.notFound");
  return one;
}

/** The follow-up locked for a change (404 when there is none). */
async function lockOne(tx: Executor, tenantId: string, id: string) {
  const row = await q.lockFollowUp(tx, tenantId, id);
  if (!row) throw new DomainError("notFound", "followUp.notFound");
  return row;
}

function notBefore(date: string | null | undefined, decidedOn: string, path: string) {
  if (date && date < decidedOn) {
    throw new DomainError("invalid", "followUp.beforeDecision", { decidedOn }, path);
  }
}

/** A follow-up by hand: what is to be done because of the resolution, by whom, until when. */
export async function createFollowUp(
  scope: TenantDb,
  {
    actor,
    requestId,
    resolutionId,
    input: raw,
    today,
  }: Actor & { resolutionId: string; input: CreateFollowUp; today: string },
): Promise<FollowUp> {
  const input = createFollowUpSchema.parse(raw);
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const decidedOn = await q.resolutionDecidedOn(tx, tenantId, resolutionId);
    if (!decidedOn) throw new DomainError("notFound", "resolution.notFound");
    notBefore(input.dueOn, decidedOn, "dueOn");
    const [created] = await q.insertFollowUps(tx, [
      {
        tenantId,
        resolutionId,
        title: input.title,
        responsible: input.responsible || null,
        dueOn: input.dueOn ?? null,
      },
    ]);
    if (!created) throw new Error("follow-up not inserted");
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "followUp.create",
      entityType: "followUp",
      entityId: created.id,
      after: created,
    });
    return readOne(tx, tenantId, created.id, today);
  });
}

/** Changes what, who, when or the state; closing sets the day (today unless given). */
export async function updateFollowUp(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    input: raw,
    today,
  }: Actor & { id: string; input: UpdateFollowUp; today: string },
): Promise<FollowUp> {
  const input = updateFollowUpSchema.parse(raw);
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await lockOne(tx, tenantId, id);
    const decidedOn = await q.resolutionDecidedOn(tx, tenantId, before.resolutionId);
    if (!decidedOn) throw new Error("follow-up without resolution");
    const state = input.state ?? before.state;
    const closing = isClosedState(state);
    if (input.closedOn && !closing) {
      throw new DomainError("invalid", "followUp.closedOnNeedsClosing", {}, "closedOn");
    }
    const closedOn = closing
      ? (input.closedOn ?? (isClosedState(before.state) ? before.closedOn : null) ?? today)
      : null;
    notBefore(input.dueOn, decidedOn, "dueOn");
    notBefore(closedOn, decidedOn, "closedOn");
    if (closedOn && closedOn > today) {
      throw new DomainError("invalid", "followUp.inFuture", {}, "closedOn");
    }
    const changes = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.responsible !== undefined ? { responsible: input.responsible || null } : {}),
      ...(input.dueOn !== undefined ? { dueOn: input.dueOn ?? null } : {}),
      state,
      closedOn,
    };
    const after = await q.updateFollowUp(tx, tenantId, id, changes);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "followUp.update",
      entityType: "followUp",
      entityId: id,
      before: {
        title: before.title,
        responsible: before.responsible,
        dueOn: before.dueOn,
        state: before.state,
        closedOn: before.closedOn,
      },
      after: changes,
    });
    if (!after) throw new Error("follow-up not updated");
    return readOne(tx, tenantId, id, today);
  });
}

/** A dated note (what happened); never in the future. */
export async function addFollowUpNote(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    input: raw,
    today,
  }: Actor & { id: string; input: AddFollowUpNote; today: string },
): Promise<FollowUp> {
  const input = addFollowUpNoteSchema.parse(raw);
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await lockOne(tx, tenantId, id);
    const notedOn = input.notedOn ?? today;
    if (notedOn > today) throw new DomainError("invalid", "followUp.inFuture", {}, "notedOn");
    const note = await q.insertNote(tx, { tenantId, followUpId: id, notedOn, text: input.text });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "followUp.note",
      entityType: "followUp",
      entityId: id,
      after: { noteId: note.id, notedOn, text: input.text },
    });
    return readOne(tx, tenantId, id, today);
  });
}

/**
 * Every effect Kurs applied itself gets a follow-up marked done on the day of the decision (in
 * the transaction that applied it), so the decision tracking shows it without anyone's work.
 */
export async function recordEffectFollowUps(
  ctx: {
    tx: Executor;
    tenantId: string;
    actor: string;
    requestId?: string;
    resolution: { id: string; decidedOn: string };
  },
  effects: ResolutionEffectInput[],
): Promise<void> {
  const rows = [];
  for (const [i, effect] of effects.entries()) {
    const name = await effectSubjectName(ctx.tx, ctx.tenantId, effect);
    rows.push({
      tenantId: ctx.tenantId,
      resolutionId: ctx.resolution.id,
      title: effectFollowUpTitle(effect, name, ctx.resolution.decidedOn),
      responsible: null,
      dueOn: null,
      state: "done" as const,
      closedOn: ctx.resolution.decidedOn,
      effectIndex: i,
    });
  }
  for (const created of await q.insertFollowUps(ctx.tx, rows)) {
    await recordAudit(ctx.tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      requestId: ctx.requestId,
      action: "followUp.automatic",
      entityType: "followUp",
      entityId: created.id,
      after: created,
    });
  }
}
