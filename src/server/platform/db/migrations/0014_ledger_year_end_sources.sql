CREATE TABLE "fund_source" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"grant_notice_reference" text,
	"grant_notice_date" date,
	"spend_by" date,
	"proof_due_by" date,
	"conditions" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_source_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "fund_source_amount_ck" CHECK ("fund_source"."amount_cents" > 0),
	CONSTRAINT "fund_source_kind_ck" CHECK ("fund_source"."kind" in ('own', 'land', 'federal', 'eu', 'other'))
);
--> statement-breakpoint
ALTER TABLE "booking" DROP CONSTRAINT "booking_kind_ck";--> statement-breakpoint
ALTER TABLE "fund" ADD COLUMN "carried_from_fund_id" uuid;--> statement-breakpoint
ALTER TABLE "booking" ADD COLUMN "approval_kind" text;--> statement-breakpoint
ALTER TABLE "fund_source" ADD CONSTRAINT "fund_source_tenant_id_fund_id_fund_tenant_id_id_fk" FOREIGN KEY ("tenant_id","fund_id") REFERENCES "public"."fund"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund" ADD CONSTRAINT "fund_tenant_id_carried_from_fund_id_fund_tenant_id_id_fk" FOREIGN KEY ("tenant_id","carried_from_fund_id") REFERENCES "public"."fund"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund" ADD CONSTRAINT "fund_carried_from_uq" UNIQUE("tenant_id","carried_from_fund_id");--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_approval_ck" CHECK ("booking"."kind" not in ('supplement', 'carryOver') or ("booking"."approval_kind" is not null and "booking"."resolution_reference" is not null));--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_kind_ck" CHECK ("booking"."kind" in ('commitment', 'payment', 'release', 'reversal', 'transfer', 'block', 'unblock', 'supplement', 'carryOver'));