ALTER TABLE "measure" ADD COLUMN "latest_update_on" date;--> statement-breakpoint
ALTER TABLE "measure" ADD COLUMN "latest_traffic_light" text;--> statement-breakpoint
ALTER TABLE "measure" ADD COLUMN "open_milestone_due_on" date;--> statement-breakpoint
ALTER TABLE "measure" ADD COLUMN "completion" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "measure_latest_update_idx" ON "measure" USING btree ("tenant_id","latest_update_on");--> statement-breakpoint
-- Backfill of the derived values for measures that exist already, once, by the rule of
-- src/domain/measure-progress.ts (deriveMeasure) as it stands with this migration: latest update
-- and its light, earliest open milestone, completion (completed 100; by hand or by milestones
-- done, at most 99). From here on the server writes them; `kurs measures verify` compares.
UPDATE "measure" m SET
  "latest_update_on" = u."reported_on",
  "latest_traffic_light" = u."traffic_light"
FROM (
  SELECT DISTINCT ON ("tenant_id", "measure_id") "tenant_id", "measure_id", "reported_on", "traffic_light"
  FROM "progress_update"
  ORDER BY "tenant_id", "measure_id", "reported_on" DESC, "created_at" DESC
) u
WHERE u."tenant_id" = m."tenant_id" AND u."measure_id" = m."id";--> statement-breakpoint
UPDATE "measure" m SET
  "open_milestone_due_on" = (
    SELECT min(ms."due_on") FROM "milestone" ms
    WHERE ms."tenant_id" = m."tenant_id" AND ms."measure_id" = m."id" AND ms."done_on" IS NULL
  ),
  "completion" = CASE
    WHEN m."status" = 'completed' THEN 100
    WHEN m."manual_completion" IS NOT NULL THEN least(m."manual_completion", 99)
    ELSE coalesce((
      SELECT least(round(count(ms."done_on") * 100.0 / count(*))::integer, 99)
      FROM "milestone" ms WHERE ms."tenant_id" = m."tenant_id" AND ms."measure_id" = m."id"
      HAVING count(*) > 0
    ), 0)
  END;
