CREATE TABLE "audit_event" (
	"tenant_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	CONSTRAINT "audit_event_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "action_field" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"concept_version_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"guiding_goal" text,
	"is_example" boolean DEFAULT false NOT NULL,
	CONSTRAINT "action_field_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "action_field_position_uq" UNIQUE("tenant_id","concept_version_id","position")
);
--> statement-breakpoint
CREATE TABLE "concept_version" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"adopted_on" date,
	"adopting_resolution_id" uuid,
	"based_on_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concept_version_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "concept_version_number_uq" UNIQUE("tenant_id","number"),
	CONSTRAINT "concept_version_status_ck" CHECK ("concept_version"."status" in ('draft', 'adopted', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "focus" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"action_field_lineage_id" uuid NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"resolution_id" uuid,
	"basis" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "focus_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "goal" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"concept_version_id" uuid NOT NULL,
	"action_field_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"is_example" boolean DEFAULT false NOT NULL,
	CONSTRAINT "goal_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "recommendation" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"concept_version_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'adopted' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	CONSTRAINT "recommendation_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "recommendation_status_ck" CHECK ("recommendation"."status" in ('adopted', 'deferred', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "agenda_item" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"number" text,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"paper_id" uuid,
	"result" text,
	CONSTRAINT "agenda_item_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "committee" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "committee_kind_ck" CHECK ("committee"."kind" in ('council', 'executiveCommittee', 'specialistCommittee', 'workingGroup'))
);
--> statement-breakpoint
CREATE TABLE "consultation" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"paper_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"meeting_id" uuid,
	"position" integer NOT NULL,
	"role" text NOT NULL,
	"outcome" text,
	CONSTRAINT "consultation_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "consultation_role_ck" CHECK ("consultation"."role" in ('preliminary', 'decision', 'noting'))
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"name" text NOT NULL,
	"meeting_date" date NOT NULL,
	"location" text,
	"result_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "paper" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"reference" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"statement_of_facts" text DEFAULT '' NOT NULL,
	"proposed_resolution" text,
	"financial_impact" text,
	"lead_unit" text,
	"paper_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "paper_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "paper_kind_ck" CHECK ("paper"."kind" in ('decision', 'information'))
);
--> statement-breakpoint
CREATE TABLE "resolution" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"meeting_id" uuid,
	"paper_id" uuid,
	"decided_on" date NOT NULL,
	"outcome" text NOT NULL,
	"text" text NOT NULL,
	"effects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"corrects_resolution_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolution_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "resolution_outcome_ck" CHECK ("resolution"."outcome" in ('adopted', 'adoptedAmended', 'rejected', 'deferred', 'noted'))
);
--> statement-breakpoint
CREATE TABLE "fund" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"budget_line" text,
	"estimate_cents" bigint NOT NULL,
	"granted_by_committee_id" uuid,
	"granting_resolution_id" uuid,
	"granting_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "fund_estimate_ck" CHECK ("fund"."estimate_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_purpose_entry" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"kind" text NOT NULL,
	"action_field_lineage_id" uuid,
	"target_id" uuid,
	"measure_type_id" uuid,
	"resolution_id" uuid,
	"note" text,
	CONSTRAINT "fund_purpose_entry_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "fund_purpose_kind_ck" CHECK ("fund_purpose_entry"."kind" in ('actionField', 'goal', 'recommendation', 'measure', 'measureType'))
);
--> statement-breakpoint
CREATE TABLE "measure_type" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "measure_type_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "measure_type_key_uq" UNIQUE("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "tenant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_field" ADD CONSTRAINT "action_field_tenant_id_concept_version_id_concept_version_tenant_id_id_fk" FOREIGN KEY ("tenant_id","concept_version_id") REFERENCES "public"."concept_version"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_version" ADD CONSTRAINT "concept_version_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_version" ADD CONSTRAINT "concept_version_tenant_id_based_on_version_id_concept_version_tenant_id_id_fk" FOREIGN KEY ("tenant_id","based_on_version_id") REFERENCES "public"."concept_version"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus" ADD CONSTRAINT "focus_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_concept_version_id_concept_version_tenant_id_id_fk" FOREIGN KEY ("tenant_id","concept_version_id") REFERENCES "public"."concept_version"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_action_field_id_action_field_tenant_id_id_fk" FOREIGN KEY ("tenant_id","action_field_id") REFERENCES "public"."action_field"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_tenant_id_concept_version_id_concept_version_tenant_id_id_fk" FOREIGN KEY ("tenant_id","concept_version_id") REFERENCES "public"."concept_version"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_tenant_id_goal_id_goal_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goal"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_tenant_id_meeting_id_meeting_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meeting"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_tenant_id_paper_id_paper_tenant_id_id_fk" FOREIGN KEY ("tenant_id","paper_id") REFERENCES "public"."paper"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee" ADD CONSTRAINT "committee_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_tenant_id_paper_id_paper_tenant_id_id_fk" FOREIGN KEY ("tenant_id","paper_id") REFERENCES "public"."paper"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_tenant_id_committee_id_committee_tenant_id_id_fk" FOREIGN KEY ("tenant_id","committee_id") REFERENCES "public"."committee"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_tenant_id_meeting_id_meeting_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meeting"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_tenant_id_committee_id_committee_tenant_id_id_fk" FOREIGN KEY ("tenant_id","committee_id") REFERENCES "public"."committee"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper" ADD CONSTRAINT "paper_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution" ADD CONSTRAINT "resolution_tenant_id_committee_id_committee_tenant_id_id_fk" FOREIGN KEY ("tenant_id","committee_id") REFERENCES "public"."committee"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution" ADD CONSTRAINT "resolution_tenant_id_meeting_id_meeting_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meeting"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution" ADD CONSTRAINT "resolution_tenant_id_paper_id_paper_tenant_id_id_fk" FOREIGN KEY ("tenant_id","paper_id") REFERENCES "public"."paper"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution" ADD CONSTRAINT "resolution_tenant_id_corrects_resolution_id_resolution_tenant_id_id_fk" FOREIGN KEY ("tenant_id","corrects_resolution_id") REFERENCES "public"."resolution"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund" ADD CONSTRAINT "fund_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund" ADD CONSTRAINT "fund_tenant_id_granted_by_committee_id_committee_tenant_id_id_fk" FOREIGN KEY ("tenant_id","granted_by_committee_id") REFERENCES "public"."committee"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund" ADD CONSTRAINT "fund_tenant_id_granting_resolution_id_resolution_tenant_id_id_fk" FOREIGN KEY ("tenant_id","granting_resolution_id") REFERENCES "public"."resolution"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_purpose_entry" ADD CONSTRAINT "fund_purpose_entry_tenant_id_fund_id_fund_tenant_id_id_fk" FOREIGN KEY ("tenant_id","fund_id") REFERENCES "public"."fund"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_purpose_entry" ADD CONSTRAINT "fund_purpose_entry_tenant_id_measure_type_id_measure_type_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_type_id") REFERENCES "public"."measure_type"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_purpose_entry" ADD CONSTRAINT "fund_purpose_entry_tenant_id_resolution_id_resolution_tenant_id_id_fk" FOREIGN KEY ("tenant_id","resolution_id") REFERENCES "public"."resolution"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_type" ADD CONSTRAINT "measure_type_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;