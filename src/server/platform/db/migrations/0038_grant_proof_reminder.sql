CREATE TABLE "grant_proof_reminder" (
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"recipient" text NOT NULL,
	"sent_by" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_proof_reminder_tenant_id_application_id_kind_due_on_recipient_pk" PRIMARY KEY("tenant_id","application_id","kind","due_on","recipient"),
	CONSTRAINT "grant_proof_reminder_kind_ck" CHECK ("grant_proof_reminder"."kind" in ('dueSoon', 'overdue'))
);
--> statement-breakpoint
ALTER TABLE "grant_proof_reminder" ADD CONSTRAINT "grant_proof_reminder_tenant_id_application_id_grant_application_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."grant_application"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
SELECT kurs_enable_tenant_rls('grant_proof_reminder');
