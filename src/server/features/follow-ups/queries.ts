import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import {
  committee,
  paper,
  resolution,
  resolutionFollowUp,
  resolutionFollowUpNote,
} from "../../platform/db/schema";

export type FollowUpInsert = typeof resolutionFollowUp.$inferInsert;

const columns = {
  id: resolutionFollowUp.id,
  resolutionId: resolutionFollowUp.resolutionId,
  title: resolutionFollowUp.title,
  responsible: resolutionFollowUp.responsible,
  dueOn: resolutionFollowUp.dueOn,
  state: resolutionFollowUp.state,
  closedOn: resolutionFollowUp.closedOn,
  effectIndex: resolutionFollowUp.effectIndex,
  createdAt: resolutionFollowUp.createdAt,
  decidedOn: resolution.decidedOn,
  resolutionText: resolution.text,
  committeeId: resolution.committeeId,
  committeeName: committee.name,
  paperId: resolution.paperId,
  paperReference: paper.reference,
  paperTitle: paper.title,
};

/** Follow-ups with their resolution, committee and paper; oldest resolution first. */
export async function listFollowUps(
  db: Executor,
  tenantId: string,
  filter: { committeeId?: string; resolutionId?: string; id?: string } = {},
) {
  return db
    .select(columns)
    .from(resolutionFollowUp)
    .innerJoin(
      resolution,
      and(
        eq(resolution.tenantId, resolutionFollowUp.tenantId),
        eq(resolution.id, resolutionFollowUp.resolutionId),
      ),
    )
    .innerJoin(
      committee,
      and(eq(committee.tenantId, resolution.tenantId), eq(committee.id, resolution.committeeId)),
    )
    .leftJoin(paper, and(eq(paper.tenantId, resolution.tenantId), eq(paper.id, resolution.paperId)))
    .where(
      and(
        eq(resolutionFollowUp.tenantId, tenantId),
        filter.committeeId ? eq(resolution.committeeId, filter.committeeId) : undefined,
        filter.resolutionId ? eq(resolutionFollowUp.resolutionId, filter.resolutionId) : undefined,
        filter.id ? eq(resolutionFollowUp.id, filter.id) : undefined,
      ),
    )
    .orderBy(
      asc(resolution.decidedOn),
      asc(resolution.createdAt),
      asc(resolutionFollowUp.effectIndex),
      asc(resolutionFollowUp.createdAt),
    );
}
export type FollowUpRow = Awaited<ReturnType<typeof listFollowUps>>[number];

export async function notesOf(db: Executor, tenantId: string, followUpIds: string[]) {
  if (!followUpIds.length) return [];
  return db
    .select({
      id: resolutionFollowUpNote.id,
      followUpId: resolutionFollowUpNote.followUpId,
      notedOn: resolutionFollowUpNote.notedOn,
      text: resolutionFollowUpNote.text,
    })
    .from(resolutionFollowUpNote)
    .where(
      and(
        eq(resolutionFollowUpNote.tenantId, tenantId),
        inArray(resolutionFollowUpNote.followUpId, followUpIds),
      ),
    )
    .orderBy(asc(resolutionFollowUpNote.notedOn), asc(resolutionFollowUpNote.createdAt));
}

/**
 * The day a resolution was decided (undefined when there is none): a follow-up is not due or
 * closed before it. Follow-ups read this much of their resolution themselves, so that
 * resolutions/ (which records the follow-ups of the effects it applies) is not imported back.
 */
export async function resolutionDecidedOn(
  db: Executor,
  tenantId: string,
  resolutionId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ decidedOn: resolution.decidedOn })
    .from(resolution)
    .where(and(eq(resolution.tenantId, tenantId), eq(resolution.id, resolutionId)));
  return row?.decidedOn;
}

export async function lockFollowUp(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(resolutionFollowUp)
    .where(and(eq(resolutionFollowUp.tenantId, tenantId), eq(resolutionFollowUp.id, id)))
    .for("update");
  return row;
}

export async function insertFollowUps(db: Executor, rows: FollowUpInsert[]) {
  if (!rows.length) return [];
  return db.insert(resolutionFollowUp).values(rows).returning();
}

export async function updateFollowUp(
  db: Executor,
  tenantId: string,
  id: string,
  changes: Partial<FollowUpInsert>,
) {
  const [row] = await db
    .update(resolutionFollowUp)
    .set({ ...changes, modifiedAt: new Date().toISOString() })
    .where(and(eq(resolutionFollowUp.tenantId, tenantId), eq(resolutionFollowUp.id, id)))
    .returning();
  return row;
}

export async function insertNote(db: Executor, row: typeof resolutionFollowUpNote.$inferInsert) {
  const [created] = await db.insert(resolutionFollowUpNote).values(row).returning();
  if (!created) throw new Error("note not inserted");
  return created;
}
