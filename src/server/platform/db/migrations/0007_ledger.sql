CREATE TABLE "booking" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "booking_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"fund_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"date" date NOT NULL,
	"measure_id" uuid,
	"commitment_id" uuid,
	"reverses_booking_id" uuid,
	"counter_fund_id" uuid,
	"document_reference" text,
	"note" text,
	"reason" text,
	"resolution_reference" text,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "booking_idempotency_uq" UNIQUE("tenant_id","idempotency_key"),
	CONSTRAINT "booking_reversal_uq" UNIQUE("tenant_id","reverses_booking_id"),
	CONSTRAINT "booking_seq_uq" UNIQUE("tenant_id","seq"),
	CONSTRAINT "booking_amount_ck" CHECK ("booking"."amount_cents" > 0),
	CONSTRAINT "booking_kind_ck" CHECK ("booking"."kind" in ('commitment', 'payment', 'release', 'reversal', 'transfer', 'block', 'unblock'))
);
--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_tenant_id_fund_id_fund_tenant_id_id_fk" FOREIGN KEY ("tenant_id","fund_id") REFERENCES "public"."fund"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_tenant_id_counter_fund_id_fund_tenant_id_id_fk" FOREIGN KEY ("tenant_id","counter_fund_id") REFERENCES "public"."fund"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_tenant_id_commitment_id_booking_tenant_id_id_fk" FOREIGN KEY ("tenant_id","commitment_id") REFERENCES "public"."booking"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_tenant_id_reverses_booking_id_booking_tenant_id_id_fk" FOREIGN KEY ("tenant_id","reverses_booking_id") REFERENCES "public"."booking"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_fund_idx" ON "booking" USING btree ("tenant_id","fund_id","seq");--> statement-breakpoint
CREATE INDEX "booking_counter_fund_idx" ON "booking" USING btree ("tenant_id","counter_fund_id");