import { and, asc, eq, inArray } from "drizzle-orm";
import type { MeasureTranslation } from "../../../contract/measures";
import type { Executor } from "../../platform/db/database";
import { measureTranslation } from "../../platform/db/schema";

/** The public translations of some measures (title/description per language). */
export async function translationsOf(db: Executor, tenantId: string, measureIds: string[]) {
  if (!measureIds.length) return [];
  return db
    .select({
      measureId: measureTranslation.measureId,
      lang: measureTranslation.lang,
      title: measureTranslation.title,
      description: measureTranslation.description,
    })
    .from(measureTranslation)
    .where(
      and(
        eq(measureTranslation.tenantId, tenantId),
        inArray(measureTranslation.measureId, measureIds),
      ),
    )
    .orderBy(asc(measureTranslation.lang));
}

/** Replaces every translation of a measure. */
export async function replaceTranslations(
  db: Executor,
  tenantId: string,
  measureId: string,
  translations: MeasureTranslation[],
) {
  await db
    .delete(measureTranslation)
    .where(
      and(eq(measureTranslation.tenantId, tenantId), eq(measureTranslation.measureId, measureId)),
    );
  if (translations.length)
    await db.insert(measureTranslation).values(
      translations.map((t) => ({
        tenantId,
        measureId,
        lang: t.lang,
        title: t.title,
        description: t.description || null,
      })),
    );
}
