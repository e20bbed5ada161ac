CREATE TABLE "fund_balance" (
	"tenant_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"supplements_cents" bigint NOT NULL,
	"carried_over_cents" bigint NOT NULL,
	"carried_forward_cents" bigint NOT NULL,
	"transfers_in_cents" bigint NOT NULL,
	"transfers_out_cents" bigint NOT NULL,
	"blocked_cents" bigint NOT NULL,
	"open_commitments_cents" bigint NOT NULL,
	"paid_cents" bigint NOT NULL,
	"last_seq" bigint NOT NULL,
	CONSTRAINT "fund_balance_tenant_id_fund_id_pk" PRIMARY KEY("tenant_id","fund_id")
);
--> statement-breakpoint
DROP INDEX "booking_counter_fund_idx";--> statement-breakpoint
ALTER TABLE "fund_balance" ADD CONSTRAINT "fund_balance_tenant_id_fund_id_fund_tenant_id_id_fk" FOREIGN KEY ("tenant_id","fund_id") REFERENCES "public"."fund"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_commitment_idx" ON "booking" USING btree ("tenant_id","commitment_id");--> statement-breakpoint
CREATE INDEX "booking_counter_fund_idx" ON "booking" USING btree ("tenant_id","counter_fund_id","seq");--> statement-breakpoint
-- Row-level security (tenant isolation) for the running sums.
SELECT kurs_enable_tenant_rls('fund_balance');
