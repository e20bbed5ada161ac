import { and, eq } from "drizzle-orm";
import type { LegalLanguage, LegalTopic } from "../../../contract/legal";
import type { Executor } from "../../platform/db/database";
import { legalText } from "../../platform/db/schema";

/** Every language's version of one legal text. */
export async function findLegalTexts(db: Executor, tenantId: string, topic: LegalTopic) {
  return db
    .select()
    .from(legalText)
    .where(and(eq(legalText.tenantId, tenantId), eq(legalText.topic, topic)));
}

export async function findLegalText(
  db: Executor,
  tenantId: string,
  topic: LegalTopic,
  lang: LegalLanguage,
  lock = false,
) {
  const query = db
    .select()
    .from(legalText)
    .where(
      and(eq(legalText.tenantId, tenantId), eq(legalText.topic, topic), eq(legalText.lang, lang)),
    );
  const rows = lock ? await query.for("update") : await query;
  return rows[0] ?? null;
}

export async function upsertLegalText(
  db: Executor,
  row: {
    tenantId: string;
    topic: LegalTopic;
    lang: LegalLanguage;
    body: string;
    contact: string | null;
  },
) {
  const [saved] = await db
    .insert(legalText)
    .values(row)
    .onConflictDoUpdate({
      target: [legalText.tenantId, legalText.topic, legalText.lang],
      set: { body: row.body, contact: row.contact, updatedAt: new Date().toISOString() },
    })
    .returning();
  return saved;
}
