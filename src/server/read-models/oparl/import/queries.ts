import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../../../platform/db/database";
import { agendaItem, committee, consultation, meeting, paper } from "../../../platform/db/schema";

/**
 * What an upsert did: a new row, a changed one, nothing (same values), or — for a paper edited
 * in Kurs since the last import and changed at the source — nothing, reported as a conflict.
 */
export type Upserted = { id: string; change: "created" | "updated" | "unchanged" | "conflict" };

/** `(a, b, …) is distinct from (excluded.a, excluded.b, …)`: update only real changes. */
function differs(columns: PgColumn[]): SQL {
  const current = sql.join(
    columns.map((c) => sql`${c}`),
    sql`, `,
  );
  const incoming = sql.join(
    columns.map((c) => sql.raw(`excluded."${c.name}"`)),
    sql`, `,
  );
  return sql`(${current}) is distinct from (${incoming})`;
}

async function outcome(
  rows: { id: string; inserted: boolean }[],
  existing: () => Promise<{ id: string } | undefined>,
): Promise<Upserted> {
  const row = rows[0];
  if (row) return { id: row.id, change: row.inserted ? "created" : "updated" };
  const found = await existing();
  if (!found) throw new Error("upsert found no row");
  return { id: found.id, change: "unchanged" };
}

const inserted = sql<boolean>`(xmax = 0)`;

export async function upsertCommittee(
  db: Executor,
  row: {
    tenantId: string;
    oparlId: string;
    name: string;
    shortName: string | null;
    kind: typeof committee.$inferInsert.kind;
  },
): Promise<Upserted> {
  const rows = await db
    .insert(committee)
    .values(row)
    .onConflictDoUpdate({
      target: [committee.tenantId, committee.oparlId],
      set: {
        name: sql`excluded.name`,
        shortName: sql`excluded.short_name`,
        kind: sql`excluded.kind`,
        modifiedAt: sql`now()`,
      },
      setWhere: differs([committee.name, committee.shortName, committee.kind]),
    })
    .returning({ id: committee.id, inserted });
  return outcome(
    rows,
    async () => (await findByOParlId(db, "committee", row.tenantId, row.oparlId)) ?? undefined,
  );
}

export async function upsertMeeting(
  db: Executor,
  row: {
    tenantId: string;
    oparlId: string;
    committeeId: string;
    name: string;
    meetingDate: string;
    location: string | null;
  },
): Promise<Upserted> {
  const rows = await db
    .insert(meeting)
    .values(row)
    .onConflictDoUpdate({
      target: [meeting.tenantId, meeting.oparlId],
      set: {
        committeeId: sql`excluded.committee_id`,
        name: sql`excluded.name`,
        meetingDate: sql`excluded.meeting_date`,
        location: sql`excluded.location`,
        modifiedAt: sql`now()`,
      },
      setWhere: differs([meeting.committeeId, meeting.name, meeting.meetingDate, meeting.location]),
    })
    .returning({ id: meeting.id, inserted });
  return outcome(
    rows,
    async () => (await findByOParlId(db, "meeting", row.tenantId, row.oparlId)) ?? undefined,
  );
}

export async function upsertAgendaItem(
  db: Executor,
  row: {
    tenantId: string;
    oparlId: string;
    meetingId: string;
    number: string | null;
    position: number;
    title: string;
    result: string | null;
  },
): Promise<Upserted> {
  const rows = await db
    .insert(agendaItem)
    .values(row)
    .onConflictDoUpdate({
      target: [agendaItem.tenantId, agendaItem.oparlId],
      set: {
        meetingId: sql`excluded.meeting_id`,
        number: sql`excluded.number`,
        position: sql`excluded.position`,
        title: sql`excluded.title`,
        result: sql`excluded.result`,
      },
      setWhere: differs([
        agendaItem.meetingId,
        agendaItem.number,
        agendaItem.position,
        agendaItem.title,
        agendaItem.result,
      ]),
    })
    .returning({ id: agendaItem.id, inserted });
  return outcome(
    rows,
    async () => (await findByOParlId(db, "agendaItem", row.tenantId, row.oparlId)) ?? undefined,
  );
}

/**
 * Imported papers keep their Sachverhalt as entered in Kurs: OParl carries no text for it. A
 * paper edited in Kurs since the import wrote it (`modified_at` after `oparl_synced_at`) is never
 * overwritten: when the source changed it too, the import reports a conflict and leaves it.
 */
export async function upsertPaper(
  db: Executor,
  row: {
    tenantId: string;
    oparlId: string;
    kind: typeof paper.$inferInsert.kind;
    title: string;
    reference: string | null;
    paperDate: string | null;
  },
): Promise<Upserted> {
  const [current] = await db
    .select({
      id: paper.id,
      kind: paper.kind,
      title: paper.title,
      reference: paper.reference,
      paperDate: paper.paperDate,
      editedHere: sql<boolean>`${paper.modifiedAt} > coalesce(${paper.oparlSyncedAt}, ${paper.createdAt})`,
    })
    .from(paper)
    .where(and(eq(paper.tenantId, row.tenantId), eq(paper.oparlId, row.oparlId)))
    .for("update");
  if (current?.editedHere) {
    const same =
      current.kind === row.kind &&
      current.title === row.title &&
      current.reference === row.reference &&
      current.paperDate === row.paperDate;
    return { id: current.id, change: same ? "unchanged" : "conflict" };
  }
  const rows = await db
    .insert(paper)
    .values({ ...row, oparlSyncedAt: sql`now()` })
    .onConflictDoUpdate({
      target: [paper.tenantId, paper.oparlId],
      set: {
        kind: sql`excluded.kind`,
        title: sql`excluded.title`,
        reference: sql`excluded.reference`,
        paperDate: sql`excluded.paper_date`,
        modifiedAt: sql`now()`,
        oparlSyncedAt: sql`now()`,
      },
      setWhere: differs([paper.kind, paper.title, paper.reference, paper.paperDate]),
    })
    .returning({ id: paper.id, inserted });
  return outcome(
    rows,
    async () => (await findByOParlId(db, "paper", row.tenantId, row.oparlId)) ?? undefined,
  );
}

export async function upsertConsultation(
  db: Executor,
  row: {
    tenantId: string;
    oparlId: string;
    paperId: string;
    committeeId: string;
    meetingId: string | null;
    position: number;
    role: typeof consultation.$inferInsert.role;
  },
): Promise<Upserted> {
  const rows = await db
    .insert(consultation)
    .values(row)
    .onConflictDoUpdate({
      target: [consultation.tenantId, consultation.oparlId],
      set: {
        paperId: sql`excluded.paper_id`,
        committeeId: sql`excluded.committee_id`,
        meetingId: sql`excluded.meeting_id`,
        position: sql`excluded.position`,
        role: sql`excluded.role`,
      },
      setWhere: differs([
        consultation.paperId,
        consultation.committeeId,
        consultation.meetingId,
        consultation.position,
        consultation.role,
      ]),
    })
    .returning({ id: consultation.id, inserted });
  return outcome(
    rows,
    async () => (await findByOParlId(db, "consultation", row.tenantId, row.oparlId)) ?? undefined,
  );
}

/** Links an imported agenda item to the paper it treats (from the paper's consultation). */
export async function linkAgendaItemToPaper(
  db: Executor,
  tenantId: string,
  agendaItemOParlId: string,
  paperId: string,
): Promise<boolean> {
  const rows = await db
    .update(agendaItem)
    .set({ paperId })
    .where(
      and(
        eq(agendaItem.tenantId, tenantId),
        eq(agendaItem.oparlId, agendaItemOParlId),
        sql`${agendaItem.paperId} is distinct from ${paperId}`,
      ),
    )
    .returning({ id: agendaItem.id });
  return rows.length > 0;
}

const tables = { committee, meeting, agendaItem, paper, consultation };

export async function findByOParlId(
  db: Executor,
  kind: keyof typeof tables,
  tenantId: string,
  oparlId: string,
): Promise<{ id: string; committeeId?: string } | null> {
  const table = tables[kind];
  const rows = await db
    .select({
      id: table.id,
      ...(kind === "meeting" ? { committeeId: meeting.committeeId } : {}),
    })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), eq(table.oparlId, oparlId)));
  return (rows[0] as { id: string; committeeId?: string } | undefined) ?? null;
}

export async function paperTitles(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: paper.id, title: paper.title })
    .from(paper)
    .where(and(eq(paper.tenantId, tenantId), inArray(paper.id, ids)));
}
