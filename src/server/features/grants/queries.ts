import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { grantedStates } from "../../../domain/grants";
import type { Executor } from "../../platform/db/database";
import {
  booking,
  fund,
  grantApplication,
  grantApplicationEvent,
  grantPaymentRequest,
  grantProgramme,
  grantProofOfUse,
  measure,
  partner,
} from "../../platform/db/schema";

export type ProgrammeRow = typeof grantProgramme.$inferSelect;
export type PaymentRequestRow = typeof grantPaymentRequest.$inferSelect;
export type ProofRow = typeof grantProofOfUse.$inferSelect;

export async function listProgrammes(db: Executor, tenantId: string) {
  return db
    .select({ programme: grantProgramme, fundName: fund.name })
    .from(grantProgramme)
    .innerJoin(
      fund,
      and(eq(fund.tenantId, grantProgramme.tenantId), eq(fund.id, grantProgramme.fundId)),
    )
    .where(eq(grantProgramme.tenantId, tenantId))
    .orderBy(asc(grantProgramme.title));
}

export async function findProgramme(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ programme: grantProgramme, fundName: fund.name })
    .from(grantProgramme)
    .innerJoin(
      fund,
      and(eq(fund.tenantId, grantProgramme.tenantId), eq(fund.id, grantProgramme.fundId)),
    )
    .where(and(eq(grantProgramme.tenantId, tenantId), eq(grantProgramme.id, id)));
  return rows[0] ?? null;
}

export async function fundExists(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ id: fund.id })
    .from(fund)
    .where(and(eq(fund.tenantId, tenantId), eq(fund.id, id)));
  return rows.length > 0;
}

export async function measureExists(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ id: measure.id })
    .from(measure)
    .where(and(eq(measure.tenantId, tenantId), eq(measure.id, id)));
  return rows.length > 0;
}

export async function insertProgramme(db: Executor, row: typeof grantProgramme.$inferInsert) {
  const [created] = await db.insert(grantProgramme).values(row).returning();
  if (!created) throw new Error("programme insert returned nothing");
  return created;
}

export async function updateProgramme(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof grantProgramme.$inferInsert>,
) {
  const [updated] = await db
    .update(grantProgramme)
    .set(values)
    .where(and(eq(grantProgramme.tenantId, tenantId), eq(grantProgramme.id, id)))
    .returning();
  return updated ?? null;
}

const applicationColumns = {
  application: grantApplication,
  partnerName: partner.name,
  programmeTitle: grantProgramme.title,
  fundId: grantProgramme.fundId,
  financingType: grantProgramme.financingType,
  proofDueMonths: grantProgramme.proofDueMonths,
  overspendAllowancePercent: grantProgramme.overspendAllowancePercent,
  paymentWithinMonths: grantProgramme.paymentWithinMonths,
};

function applicationQuery(db: Executor) {
  return db
    .select(applicationColumns)
    .from(grantApplication)
    .innerJoin(
      partner,
      and(
        eq(partner.tenantId, grantApplication.tenantId),
        eq(partner.id, grantApplication.partnerId),
      ),
    )
    .innerJoin(
      grantProgramme,
      and(
        eq(grantProgramme.tenantId, grantApplication.tenantId),
        eq(grantProgramme.id, grantApplication.programmeId),
      ),
    );
}
export type ApplicationJoined = Awaited<
  ReturnType<ReturnType<typeof applicationQuery>["execute"]>
>[number];

/** Whether any application of the programme is granted (fully or in part). */
export async function programmeHasGrants(db: Executor, tenantId: string, programmeId: string) {
  const [row] = await db
    .select({ id: grantApplication.id })
    .from(grantApplication)
    .where(
      and(
        eq(grantApplication.tenantId, tenantId),
        eq(grantApplication.programmeId, programmeId),
        inArray(grantApplication.state, [...grantedStates]),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function listApplications(
  db: Executor,
  tenantId: string,
  filter: { partnerId?: string | null; programmeId?: string; fundId?: string },
) {
  const conditions = [eq(grantApplication.tenantId, tenantId)];
  if (filter.partnerId) conditions.push(eq(grantApplication.partnerId, filter.partnerId));
  if (filter.programmeId) conditions.push(eq(grantApplication.programmeId, filter.programmeId));
  if (filter.fundId) conditions.push(eq(grantProgramme.fundId, filter.fundId));
  return applicationQuery(db)
    .where(and(...conditions))
    .orderBy(desc(grantApplication.createdAt));
}

/** One application, locked for the change that follows when `lock`. */
export async function findApplication(db: Executor, tenantId: string, id: string, lock = false) {
  const query = applicationQuery(db).where(
    and(eq(grantApplication.tenantId, tenantId), eq(grantApplication.id, id)),
  );
  const rows = lock ? await query.for("update", { of: grantApplication }) : await query;
  return rows[0] ?? null;
}

export async function insertApplication(db: Executor, row: typeof grantApplication.$inferInsert) {
  const [created] = await db.insert(grantApplication).values(row).returning();
  if (!created) throw new Error("application insert returned nothing");
  return created;
}

export async function updateApplication(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof grantApplication.$inferInsert>,
) {
  await db
    .update(grantApplication)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(grantApplication.tenantId, tenantId), eq(grantApplication.id, id)));
}

export async function insertEvent(db: Executor, row: typeof grantApplicationEvent.$inferInsert) {
  await db.insert(grantApplicationEvent).values(row);
}

export async function listEvents(db: Executor, tenantId: string, applicationId: string) {
  return db
    .select()
    .from(grantApplicationEvent)
    .where(
      and(
        eq(grantApplicationEvent.tenantId, tenantId),
        eq(grantApplicationEvent.applicationId, applicationId),
      ),
    )
    .orderBy(asc(grantApplicationEvent.createdAt));
}

export async function listPaymentRequests(
  db: Executor,
  tenantId: string,
  applicationIds: string[],
) {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(grantPaymentRequest)
    .where(
      and(
        eq(grantPaymentRequest.tenantId, tenantId),
        inArray(grantPaymentRequest.applicationId, applicationIds),
      ),
    )
    .orderBy(asc(grantPaymentRequest.createdAt));
}

export async function findPaymentRequest(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(grantPaymentRequest)
    .where(and(eq(grantPaymentRequest.tenantId, tenantId), eq(grantPaymentRequest.id, id)))
    .for("update");
  return rows[0] ?? null;
}

export async function insertPaymentRequest(
  db: Executor,
  row: typeof grantPaymentRequest.$inferInsert,
) {
  const [created] = await db.insert(grantPaymentRequest).values(row).returning();
  if (!created) throw new Error("payment request insert returned nothing");
  return created;
}

export async function updatePaymentRequest(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof grantPaymentRequest.$inferInsert>,
) {
  await db
    .update(grantPaymentRequest)
    .set(values)
    .where(and(eq(grantPaymentRequest.tenantId, tenantId), eq(grantPaymentRequest.id, id)));
}

export async function listProofs(db: Executor, tenantId: string, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(grantProofOfUse)
    .where(
      and(
        eq(grantProofOfUse.tenantId, tenantId),
        inArray(grantProofOfUse.applicationId, applicationIds),
      ),
    );
}

export async function insertProof(db: Executor, row: typeof grantProofOfUse.$inferInsert) {
  const [created] = await db.insert(grantProofOfUse).values(row).returning();
  if (!created) throw new Error("proof insert returned nothing");
  return created;
}

export async function updateProof(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof grantProofOfUse.$inferInsert>,
) {
  await db
    .update(grantProofOfUse)
    .set(values)
    .where(and(eq(grantProofOfUse.tenantId, tenantId), eq(grantProofOfUse.id, id)));
}

/** The payments booked against a commitment that are not reversed, newest first. */
export async function openPayments(db: Executor, tenantId: string, commitmentId: string) {
  const reversal = sql`exists (select 1 from ${booking} r where r.tenant_id = ${booking.tenantId} and r.reverses_booking_id = ${booking.id})`;
  return db
    .select({ id: booking.id, amountCents: booking.amountCents })
    .from(booking)
    .where(
      and(
        eq(booking.tenantId, tenantId),
        eq(booking.commitmentId, commitmentId),
        eq(booking.kind, "payment"),
        sql`not ${reversal}`,
      ),
    )
    .orderBy(desc(booking.seq));
}

export async function noticeReferenceTaken(db: Executor, tenantId: string, reference: string) {
  const rows = await db
    .select({ id: grantApplication.id })
    .from(grantApplication)
    .where(
      and(eq(grantApplication.tenantId, tenantId), eq(grantApplication.noticeReference, reference)),
    );
  return rows.length > 0;
}
