CREATE TABLE "report_reminder" (
	"tenant_id" uuid NOT NULL,
	"reporting_duty_id" uuid NOT NULL,
	"period_to" date NOT NULL,
	"recipient" text NOT NULL,
	"sent_by" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_reminder_tenant_id_reporting_duty_id_period_to_recipient_pk" PRIMARY KEY("tenant_id","reporting_duty_id","period_to","recipient")
);
--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_tenant_id_reporting_duty_id_reporting_duty_tenant_id_id_fk" FOREIGN KEY ("tenant_id","reporting_duty_id") REFERENCES "public"."reporting_duty"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- Row-level security (tenant isolation) for the reminder claims.
SELECT kurs_enable_tenant_rls('report_reminder');
