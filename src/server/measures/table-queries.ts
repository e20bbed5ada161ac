import { and, asc, desc, eq } from "drizzle-orm";
import type { Executor } from "../db/database";
import { measure, progressUpdate } from "../db/schema";

/** Every measure's id and title (to find the measure a progress row names). */
export async function measureTitles(db: Executor, tenantId: string) {
  return db
    .select({ id: measure.id, title: measure.title })
    .from(measure)
    .where(eq(measure.tenantId, tenantId));
}

/** Every progress update with its measure's title, by measure then newest first. */
export async function progressRows(db: Executor, tenantId: string) {
  return db
    .select({
      measureTitle: measure.title,
      reportedOn: progressUpdate.reportedOn,
      trafficLight: progressUpdate.trafficLight,
      text: progressUpdate.text,
      isExample: measure.isExample,
    })
    .from(progressUpdate)
    .innerJoin(
      measure,
      and(eq(measure.tenantId, progressUpdate.tenantId), eq(measure.id, progressUpdate.measureId)),
    )
    .where(eq(progressUpdate.tenantId, tenantId))
    .orderBy(asc(measure.title), desc(progressUpdate.reportedOn), desc(progressUpdate.createdAt));
}
