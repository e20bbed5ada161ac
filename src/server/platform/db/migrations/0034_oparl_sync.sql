CREATE TABLE "oparl_sync" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"entry_url" text NOT NULL,
	"last_since" timestamp with time zone,
	"last_run" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oparl_sync_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "oparl_sync_tenant_uq" UNIQUE("tenant_id")
);
--> statement-breakpoint
ALTER TABLE "paper" ADD COLUMN "oparl_synced_at" timestamp with time zone;--> statement-breakpoint
-- Papers imported before: their last change counts as the import's, so no false conflicts.
UPDATE "paper" SET "oparl_synced_at" = "modified_at" WHERE "oparl_id" IS NOT NULL;--> statement-breakpoint
SELECT kurs_enable_tenant_rls('oparl_sync');
