CREATE TABLE "committee_report" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"reporting_duty_id" uuid,
	"draft_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"title" text NOT NULL,
	"snapshot_json" text NOT NULL,
	"snapshot_sha256" text NOT NULL,
	"public_session" boolean NOT NULL,
	"supersedes_report_id" uuid,
	"finalised_by" text NOT NULL,
	"finalised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_report_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "report_draft" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"reporting_duty_id" uuid,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"title" text NOT NULL,
	"intro_text" text DEFAULT '' NOT NULL,
	"closing_text" text DEFAULT '' NOT NULL,
	"proposed_resolution" text,
	"public_session" boolean DEFAULT false NOT NULL,
	"final_report_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_draft_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "reporting_duty" ADD COLUMN "paper_deadline_days" integer DEFAULT 21 NOT NULL;--> statement-breakpoint
ALTER TABLE "committee_report" ADD CONSTRAINT "committee_report_tenant_id_committee_id_committee_tenant_id_id_fk" FOREIGN KEY ("tenant_id","committee_id") REFERENCES "public"."committee"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_report" ADD CONSTRAINT "committee_report_tenant_id_reporting_duty_id_reporting_duty_tenant_id_id_fk" FOREIGN KEY ("tenant_id","reporting_duty_id") REFERENCES "public"."reporting_duty"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_report" ADD CONSTRAINT "committee_report_tenant_id_draft_id_report_draft_tenant_id_id_fk" FOREIGN KEY ("tenant_id","draft_id") REFERENCES "public"."report_draft"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_report" ADD CONSTRAINT "committee_report_tenant_id_supersedes_report_id_committee_report_tenant_id_id_fk" FOREIGN KEY ("tenant_id","supersedes_report_id") REFERENCES "public"."committee_report"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_draft" ADD CONSTRAINT "report_draft_tenant_id_committee_id_committee_tenant_id_id_fk" FOREIGN KEY ("tenant_id","committee_id") REFERENCES "public"."committee"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_draft" ADD CONSTRAINT "report_draft_tenant_id_reporting_duty_id_reporting_duty_tenant_id_id_fk" FOREIGN KEY ("tenant_id","reporting_duty_id") REFERENCES "public"."reporting_duty"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_duty" ADD CONSTRAINT "reporting_duty_deadline_ck" CHECK ("reporting_duty"."paper_deadline_days" between 0 and 180);