CREATE TABLE "indicator" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"action_field_lineage_id" uuid,
	"goal_lineage_id" uuid,
	"source" text,
	"periodicity" text NOT NULL,
	"publishable" boolean DEFAULT false NOT NULL,
	"aggregation" text DEFAULT 'sum' NOT NULL,
	"numerator_id" uuid,
	"denominator_id" uuid,
	"is_proposal" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "indicator_key_uq" UNIQUE("tenant_id","key"),
	CONSTRAINT "indicator_unit_ck" CHECK ("indicator"."unit" in ('count', 'percent', 'euro', 'days')),
	CONSTRAINT "indicator_direction_ck" CHECK ("indicator"."direction" in ('higherIsBetter', 'lowerIsBetter')),
	CONSTRAINT "indicator_periodicity_ck" CHECK ("indicator"."periodicity" in ('month', 'quarter', 'year')),
	CONSTRAINT "indicator_aggregation_ck" CHECK ("indicator"."aggregation" in ('sum', 'mean', 'ratio')),
	CONSTRAINT "indicator_ratio_ck" CHECK (("indicator"."aggregation" = 'ratio') = ("indicator"."numerator_id" is not null and "indicator"."denominator_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "indicator_partner" (
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "indicator_partner_tenant_id_indicator_id_partner_id_pk" PRIMARY KEY("tenant_id","indicator_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_submission_link" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"indicator_ids" uuid[] NOT NULL,
	"periods" text[] NOT NULL,
	"note" text,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_submission_link_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "indicator_submission_link_token_uq" UNIQUE("tenant_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "indicator_target" (
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"note" text,
	CONSTRAINT "indicator_target_tenant_id_indicator_id_year_pk" PRIMARY KEY("tenant_id","indicator_id","year"),
	CONSTRAINT "indicator_target_year_ck" CHECK ("indicator_target"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "indicator_value" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"municipality_id" uuid,
	"value" double precision,
	"mark" text,
	"source" text,
	"reference_date" date,
	"entered_by" text NOT NULL,
	"partner_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_value_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "indicator_value_cell_uq" UNIQUE NULLS NOT DISTINCT("tenant_id","indicator_id","period","municipality_id"),
	CONSTRAINT "indicator_value_status_ck" CHECK ("indicator_value"."status" in ('draft', 'approved')),
	CONSTRAINT "indicator_value_mark_ck" CHECK ("indicator_value"."mark" is null or "indicator_value"."mark" in ('.', '*')),
	CONSTRAINT "indicator_value_number_or_mark_ck" CHECK (("indicator_value"."value" is null) <> ("indicator_value"."mark" is null)),
	CONSTRAINT "indicator_value_period_ck" CHECK ("indicator_value"."period" ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$')
);
--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_numerator_id_indicator_tenant_id_id_fk" FOREIGN KEY ("tenant_id","numerator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_denominator_id_indicator_tenant_id_id_fk" FOREIGN KEY ("tenant_id","denominator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_partner" ADD CONSTRAINT "indicator_partner_tenant_id_indicator_id_indicator_tenant_id_id_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_partner" ADD CONSTRAINT "indicator_partner_tenant_id_partner_id_partner_tenant_id_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partner"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_submission_link" ADD CONSTRAINT "indicator_submission_link_tenant_id_partner_id_partner_tenant_id_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partner"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_tenant_id_indicator_id_indicator_tenant_id_id_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_tenant_id_indicator_id_indicator_tenant_id_id_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_tenant_id_municipality_id_municipality_tenant_id_id_fk" FOREIGN KEY ("tenant_id","municipality_id") REFERENCES "public"."municipality"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_tenant_id_partner_id_partner_tenant_id_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partner"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_partner_partner_idx" ON "indicator_partner" USING btree ("tenant_id","partner_id");--> statement-breakpoint
CREATE INDEX "indicator_value_indicator_idx" ON "indicator_value" USING btree ("tenant_id","indicator_id","period");