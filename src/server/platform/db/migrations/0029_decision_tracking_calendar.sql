CREATE TABLE "calendar_feed" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feed_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "resolution_follow_up" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"resolution_id" uuid NOT NULL,
	"title" text NOT NULL,
	"responsible" text,
	"due_on" date,
	"state" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"effect_index" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolution_follow_up_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "resolution_follow_up_state_ck" CHECK ("resolution_follow_up"."state" in ('open', 'inProgress', 'done', 'overtaken')),
	CONSTRAINT "resolution_follow_up_closed_ck" CHECK (("resolution_follow_up"."state" in ('done', 'overtaken')) = ("resolution_follow_up"."closed_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "resolution_follow_up_note" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"noted_on" date NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolution_follow_up_note_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tenant" ADD COLUMN "paper_deadline_days" integer DEFAULT 21 NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_tenant_id_user_id_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_follow_up" ADD CONSTRAINT "resolution_follow_up_tenant_id_resolution_id_resolution_tenant_id_id_fk" FOREIGN KEY ("tenant_id","resolution_id") REFERENCES "public"."resolution"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_follow_up_note" ADD CONSTRAINT "resolution_follow_up_note_tenant_id_follow_up_id_resolution_follow_up_tenant_id_id_fk" FOREIGN KEY ("tenant_id","follow_up_id") REFERENCES "public"."resolution_follow_up"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_hash_uq" ON "calendar_feed" USING btree ("tenant_id","token_hash");--> statement-breakpoint
CREATE INDEX "resolution_follow_up_resolution_ix" ON "resolution_follow_up" USING btree ("tenant_id","resolution_id");--> statement-breakpoint
ALTER TABLE "tenant" ADD CONSTRAINT "tenant_paper_deadline_ck" CHECK ("tenant"."paper_deadline_days" between 0 and 180);--> statement-breakpoint
-- Row-level security (tenant isolation) for follow-ups of resolutions, their notes and calendar feeds.
SELECT kurs_enable_tenant_rls('resolution_follow_up');--> statement-breakpoint
SELECT kurs_enable_tenant_rls('resolution_follow_up_note');--> statement-breakpoint
SELECT kurs_enable_tenant_rls('calendar_feed');
