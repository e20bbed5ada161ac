ALTER TABLE "reporting_duty" ALTER COLUMN "paper_deadline_days" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "reporting_duty" ALTER COLUMN "paper_deadline_days" DROP NOT NULL;--> statement-breakpoint
-- One home for the Vorlagenfrist (issue 24): a reporting duty keeps a lead time of its own only
-- where it differs from its county's; equal values were the old default and now follow the county.
UPDATE "reporting_duty" SET "paper_deadline_days" = NULL
  WHERE "paper_deadline_days" = (SELECT t."paper_deadline_days" FROM "tenant" t WHERE t."id" = "reporting_duty"."tenant_id");
