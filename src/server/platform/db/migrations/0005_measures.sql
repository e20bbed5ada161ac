CREATE TABLE "staff_assignment" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"month" date NOT NULL,
	"fte" numeric(6, 2) NOT NULL,
	CONSTRAINT "staff_assignment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "staff_assignment_uq" UNIQUE("tenant_id","position_id","measure_id","month"),
	CONSTRAINT "staff_assignment_fte_ck" CHECK ("staff_assignment"."fte" > 0),
	CONSTRAINT "staff_assignment_month_ck" CHECK (extract(day from "staff_assignment"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "staff_position" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"unit" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_position_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "staff_position_period" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"fte" numeric(6, 2) NOT NULL,
	CONSTRAINT "staff_position_period_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "staff_position_period_fte_ck" CHECK ("staff_position_period"."fte" > 0),
	CONSTRAINT "staff_position_period_dates_ck" CHECK ("staff_position_period"."valid_to" is null or "staff_position_period"."valid_to" >= "staff_position_period"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "measure" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"measure_type_id" uuid NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"start_on" date,
	"end_on" date,
	"responsible_unit" text,
	"responsible_person" text,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"planned_cents" bigint DEFAULT 0 NOT NULL,
	"planned_fte" numeric(6, 2) DEFAULT 0 NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"manual_completion" integer,
	"internal_note" text,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "measure_status_ck" CHECK ("measure"."status" in ('planned', 'inProgress', 'completed', 'paused', 'dropped')),
	CONSTRAINT "measure_planned_cents_ck" CHECK ("measure"."planned_cents" >= 0),
	CONSTRAINT "measure_planned_fte_ck" CHECK ("measure"."planned_fte" >= 0),
	CONSTRAINT "measure_weight_ck" CHECK ("measure"."weight" between 1 and 10),
	CONSTRAINT "measure_completion_ck" CHECK ("measure"."manual_completion" is null or "measure"."manual_completion" between 0 and 100),
	CONSTRAINT "measure_dates_ck" CHECK ("measure"."end_on" is null or "measure"."start_on" is null or "measure"."end_on" >= "measure"."start_on")
);
--> statement-breakpoint
CREATE TABLE "measure_municipality" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "measure_municipality_tenant_id_measure_id_municipality_id_pk" PRIMARY KEY("tenant_id","measure_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "measure_partner" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	CONSTRAINT "measure_partner_tenant_id_measure_id_partner_id_pk" PRIMARY KEY("tenant_id","measure_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "measure_recommendation" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	CONSTRAINT "measure_recommendation_tenant_id_measure_id_recommendation_id_pk" PRIMARY KEY("tenant_id","measure_id","recommendation_id")
);
--> statement-breakpoint
CREATE TABLE "measure_status_change" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"changed_on" date NOT NULL,
	"reason" text NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_status_change_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "measure_status_change_to_ck" CHECK ("measure_status_change"."to_status" in ('planned', 'inProgress', 'completed', 'paused', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "milestone" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	CONSTRAINT "milestone_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"ags" text,
	"position" integer NOT NULL,
	CONSTRAINT "municipality_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "municipality_kind_ck" CHECK ("municipality"."kind" in ('city', 'municipality', 'jointMunicipality'))
);
--> statement-breakpoint
CREATE TABLE "partner" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"website" text,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "partner_kind_ck" CHECK ("partner"."kind" in ('jobcenter', 'adultEducation', 'educationProvider', 'migrationCounselling', 'welfare', 'volunteers', 'employer', 'other'))
);
--> statement-breakpoint
CREATE TABLE "progress_update" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"traffic_light" text NOT NULL,
	"text" text NOT NULL,
	"figures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_update_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "progress_update_light_ck" CHECK ("progress_update"."traffic_light" in ('green', 'yellow', 'red', 'grey'))
);
--> statement-breakpoint
ALTER TABLE "staff_assignment" ADD CONSTRAINT "staff_assignment_tenant_id_position_id_staff_position_tenant_id_id_fk" FOREIGN KEY ("tenant_id","position_id") REFERENCES "public"."staff_position"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_assignment" ADD CONSTRAINT "staff_assignment_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_position" ADD CONSTRAINT "staff_position_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_position_period" ADD CONSTRAINT "staff_position_period_tenant_id_position_id_staff_position_tenant_id_id_fk" FOREIGN KEY ("tenant_id","position_id") REFERENCES "public"."staff_position"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_tenant_id_measure_type_id_measure_type_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_type_id") REFERENCES "public"."measure_type"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_municipality" ADD CONSTRAINT "measure_municipality_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_municipality" ADD CONSTRAINT "measure_municipality_tenant_id_municipality_id_municipality_tenant_id_id_fk" FOREIGN KEY ("tenant_id","municipality_id") REFERENCES "public"."municipality"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_partner" ADD CONSTRAINT "measure_partner_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_partner" ADD CONSTRAINT "measure_partner_tenant_id_partner_id_partner_tenant_id_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partner"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_recommendation" ADD CONSTRAINT "measure_recommendation_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_recommendation" ADD CONSTRAINT "measure_recommendation_tenant_id_recommendation_id_recommendation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","recommendation_id") REFERENCES "public"."recommendation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_status_change" ADD CONSTRAINT "measure_status_change_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner" ADD CONSTRAINT "partner_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_assignment_month_idx" ON "staff_assignment" USING btree ("tenant_id","month");--> statement-breakpoint
CREATE INDEX "measure_search_idx" ON "measure" USING gin (to_tsvector('german', "title" || ' ' || coalesce("description", '')));--> statement-breakpoint
CREATE INDEX "measure_municipality_idx" ON "measure_municipality" USING btree ("tenant_id","municipality_id");--> statement-breakpoint
CREATE INDEX "measure_partner_partner_idx" ON "measure_partner" USING btree ("tenant_id","partner_id");--> statement-breakpoint
CREATE INDEX "progress_update_measure_idx" ON "progress_update" USING btree ("tenant_id","measure_id","reported_on");--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_tenant_id_partner_id_partner_tenant_id_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partner"("tenant_id","id") ON DELETE no action ON UPDATE no action;