CREATE TABLE "grant_application" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"measure_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"cost_plan" jsonb NOT NULL,
	"own_cents" bigint NOT NULL,
	"third_party_cents" bigint NOT NULL,
	"requested_cents" bigint NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"state" text NOT NULL,
	"granted_cents" bigint,
	"commitment_id" uuid,
	"notice_reference" text,
	"decided_on" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_application_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "grant_application_notice_uq" UNIQUE("tenant_id","notice_reference"),
	CONSTRAINT "grant_application_money_ck" CHECK ("grant_application"."own_cents" >= 0 and "grant_application"."third_party_cents" >= 0 and "grant_application"."requested_cents" > 0 and ("grant_application"."granted_cents" is null or "grant_application"."granted_cents" > 0)),
	CONSTRAINT "grant_application_period_ck" CHECK ("grant_application"."period_to" >= "grant_application"."period_from")
);
--> statement-breakpoint
CREATE TABLE "grant_application_event" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"changed_on" date NOT NULL,
	"reason" text,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_application_event_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "grant_payment_request" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"requested_on" date NOT NULL,
	"needed_by" date NOT NULL,
	"state" text NOT NULL,
	"decided_on" date,
	"reason" text,
	"booking_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_payment_request_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "grant_payment_request_amount_ck" CHECK ("grant_payment_request"."amount_cents" > 0),
	CONSTRAINT "grant_payment_request_state_ck" CHECK ("grant_payment_request"."state" in ('requested', 'approved', 'refused'))
);
--> statement-breakpoint
CREATE TABLE "grant_programme" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"deadline" date,
	"financing_type" text NOT NULL,
	"max_share_basis_points" integer NOT NULL,
	"eligible_cost_kinds" text[] NOT NULL,
	"conditions" text NOT NULL,
	"payment_within_months" integer,
	"proof_due_months" integer DEFAULT 6 NOT NULL,
	"notice_template" text,
	"legal_remedy" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_programme_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "grant_programme_share_ck" CHECK ("grant_programme"."max_share_basis_points" between 1 and 10000),
	CONSTRAINT "grant_programme_financing_ck" CHECK ("grant_programme"."financing_type" in ('deficit', 'share', 'fixed')),
	CONSTRAINT "grant_programme_months_ck" CHECK (("grant_programme"."payment_within_months" is null or "grant_programme"."payment_within_months" between 0 and 24) and "grant_programme"."proof_due_months" between 0 and 36)
);
--> statement-breakpoint
CREATE TABLE "grant_proof_of_use" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"report" text NOT NULL,
	"actual_costs" jsonb NOT NULL,
	"actual_third_party_cents" bigint NOT NULL,
	"submitted_on" date NOT NULL,
	"state" text NOT NULL,
	"entitled_cents" bigint,
	"reclaim_cents" bigint,
	"release_cents" bigint,
	"confirmed_on" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_proof_of_use_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "grant_proof_of_use_application_uq" UNIQUE("tenant_id","application_id"),
	CONSTRAINT "grant_proof_of_use_third_ck" CHECK ("grant_proof_of_use"."actual_third_party_cents" >= 0),
	CONSTRAINT "grant_proof_of_use_state_ck" CHECK ("grant_proof_of_use"."state" in ('submitted', 'confirmed'))
);
--> statement-breakpoint
ALTER TABLE "grant_application" ADD CONSTRAINT "grant_application_tenant_id_programme_id_grant_programme_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."grant_programme"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application" ADD CONSTRAINT "grant_application_tenant_id_partner_id_partner_tenant_id_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partner"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application" ADD CONSTRAINT "grant_application_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application" ADD CONSTRAINT "grant_application_tenant_id_commitment_id_booking_tenant_id_id_fk" FOREIGN KEY ("tenant_id","commitment_id") REFERENCES "public"."booking"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application_event" ADD CONSTRAINT "grant_application_event_tenant_id_application_id_grant_application_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."grant_application"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_payment_request" ADD CONSTRAINT "grant_payment_request_tenant_id_application_id_grant_application_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."grant_application"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_payment_request" ADD CONSTRAINT "grant_payment_request_tenant_id_booking_id_booking_tenant_id_id_fk" FOREIGN KEY ("tenant_id","booking_id") REFERENCES "public"."booking"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_programme" ADD CONSTRAINT "grant_programme_tenant_id_fund_id_fund_tenant_id_id_fk" FOREIGN KEY ("tenant_id","fund_id") REFERENCES "public"."fund"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_proof_of_use" ADD CONSTRAINT "grant_proof_of_use_tenant_id_application_id_grant_application_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."grant_application"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grant_application_programme_idx" ON "grant_application" USING btree ("tenant_id","programme_id");--> statement-breakpoint
CREATE INDEX "grant_application_partner_idx" ON "grant_application" USING btree ("tenant_id","partner_id");--> statement-breakpoint
CREATE INDEX "grant_application_event_idx" ON "grant_application_event" USING btree ("tenant_id","application_id");--> statement-breakpoint
CREATE INDEX "grant_payment_request_idx" ON "grant_payment_request" USING btree ("tenant_id","application_id");--> statement-breakpoint
-- Row-level security (tenant isolation) for grants to course providers (issue 23).
SELECT kurs_enable_tenant_rls('grant_programme');--> statement-breakpoint
SELECT kurs_enable_tenant_rls('grant_application');--> statement-breakpoint
SELECT kurs_enable_tenant_rls('grant_application_event');--> statement-breakpoint
SELECT kurs_enable_tenant_rls('grant_payment_request');--> statement-breakpoint
SELECT kurs_enable_tenant_rls('grant_proof_of_use');
