import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { agendaItem, committee, consultation, meeting, paper } from "../../platform/db/schema";

export async function listCommittees(db: Executor, tenantId: string) {
  return db
    .select()
    .from(committee)
    .where(eq(committee.tenantId, tenantId))
    .orderBy(asc(committee.createdAt), asc(committee.name));
}

export async function findCommittee(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(committee)
    .where(and(eq(committee.tenantId, tenantId), eq(committee.id, id)));
  return rows[0] ?? null;
}

export async function insertCommittee(db: Executor, row: typeof committee.$inferInsert) {
  const [created] = await db.insert(committee).values(row).returning();
  if (!created) throw new Error("committee insert returned nothing");
  return created;
}

export async function listMeetings(db: Executor, tenantId: string) {
  return db
    .select({
      id: meeting.id,
      committeeId: meeting.committeeId,
      committee: committee.name,
      name: meeting.name,
      meetingDate: meeting.meetingDate,
      location: meeting.location,
      resultSummary: meeting.resultSummary,
    })
    .from(meeting)
    .innerJoin(
      committee,
      and(eq(committee.tenantId, meeting.tenantId), eq(committee.id, meeting.committeeId)),
    )
    .where(eq(meeting.tenantId, tenantId))
    .orderBy(desc(meeting.meetingDate));
}

export async function findMeeting(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(meeting)
    .where(and(eq(meeting.tenantId, tenantId), eq(meeting.id, id)));
  return rows[0] ?? null;
}

export async function insertMeeting(db: Executor, row: typeof meeting.$inferInsert) {
  const [created] = await db.insert(meeting).values(row).returning();
  if (!created) throw new Error("meeting insert returned nothing");
  return created;
}

export async function listAgendaItems(db: Executor, tenantId: string, meetingId?: string) {
  return db
    .select()
    .from(agendaItem)
    .where(
      and(
        eq(agendaItem.tenantId, tenantId),
        meetingId ? eq(agendaItem.meetingId, meetingId) : undefined,
      ),
    )
    .orderBy(asc(agendaItem.position));
}

export async function insertAgendaItems(db: Executor, rows: (typeof agendaItem.$inferInsert)[]) {
  if (rows.length) await db.insert(agendaItem).values(rows);
}

export async function listPapers(db: Executor, tenantId: string) {
  return db.select().from(paper).where(eq(paper.tenantId, tenantId)).orderBy(desc(paper.createdAt));
}

export async function findPaper(db: Executor, tenantId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(paper)
    .where(and(eq(paper.tenantId, tenantId), eq(paper.id, id)));
  const rows = lock ? await query.for("update") : await query;
  return rows[0] ?? null;
}

export async function insertPaper(db: Executor, row: typeof paper.$inferInsert) {
  const [created] = await db.insert(paper).values(row).returning();
  if (!created) throw new Error("paper insert returned nothing");
  return created;
}

export async function updatePaper(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof paper.$inferInsert>,
) {
  const [updated] = await db
    .update(paper)
    .set(values)
    .where(and(eq(paper.tenantId, tenantId), eq(paper.id, id)))
    .returning();
  return updated ?? null;
}

/** The Beratungsfolge of a paper, in order, with committee and meeting. */
export async function listConsultations(db: Executor, tenantId: string, paperId?: string) {
  return db
    .select({
      id: consultation.id,
      paperId: consultation.paperId,
      position: consultation.position,
      role: consultation.role,
      outcome: consultation.outcome,
      committeeId: consultation.committeeId,
      committee: committee.name,
      meetingId: consultation.meetingId,
      meetingName: meeting.name,
      meetingDate: meeting.meetingDate,
    })
    .from(consultation)
    .innerJoin(
      committee,
      and(
        eq(committee.tenantId, consultation.tenantId),
        eq(committee.id, consultation.committeeId),
      ),
    )
    .leftJoin(
      meeting,
      and(eq(meeting.tenantId, consultation.tenantId), eq(meeting.id, consultation.meetingId)),
    )
    .where(
      and(
        eq(consultation.tenantId, tenantId),
        paperId ? eq(consultation.paperId, paperId) : undefined,
      ),
    )
    .orderBy(asc(consultation.position));
}

export async function findConsultation(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(consultation)
    .where(and(eq(consultation.tenantId, tenantId), eq(consultation.id, id)))
    .for("update");
  return rows[0] ?? null;
}

export async function insertConsultation(db: Executor, row: typeof consultation.$inferInsert) {
  const [created] = await db.insert(consultation).values(row).returning();
  if (!created) throw new Error("consultation insert returned nothing");
  return created;
}

export async function setConsultationOutcome(
  db: Executor,
  tenantId: string,
  id: string,
  outcome: (typeof consultation.$inferSelect)["outcome"],
) {
  await db
    .update(consultation)
    .set({ outcome })
    .where(and(eq(consultation.tenantId, tenantId), eq(consultation.id, id)))
    .returning({ paperId: consultation.paperId })
    .then(async ([row]) => {
      // The paper's state changed: OParl consumers see it as modified.
      if (row) {
        await db
          .update(paper)
          .set({ modifiedAt: sql`now()` })
          .where(and(eq(paper.tenantId, tenantId), eq(paper.id, row.paperId)));
      }
    });
}
