CREATE TABLE "reporting_duty" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"cadence" text NOT NULL,
	"subject" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"resolution_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_duty_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "reporting_duty_cadence_ck" CHECK ("reporting_duty"."cadence" in ('quarterly', 'halfYearly', 'yearly'))
);
--> statement-breakpoint
ALTER TABLE "resolution" ADD COLUMN "consultation_id" uuid;--> statement-breakpoint
ALTER TABLE "reporting_duty" ADD CONSTRAINT "reporting_duty_tenant_id_committee_id_committee_tenant_id_id_fk" FOREIGN KEY ("tenant_id","committee_id") REFERENCES "public"."committee"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_duty" ADD CONSTRAINT "reporting_duty_tenant_id_resolution_id_resolution_tenant_id_id_fk" FOREIGN KEY ("tenant_id","resolution_id") REFERENCES "public"."resolution"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution" ADD CONSTRAINT "resolution_tenant_id_consultation_id_consultation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","consultation_id") REFERENCES "public"."consultation"("tenant_id","id") ON DELETE no action ON UPDATE no action;