CREATE TABLE "concept_relink" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"concept_version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_lineage_id" uuid NOT NULL,
	"to_lineage_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concept_relink_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "concept_relink_from_uq" UNIQUE("tenant_id","concept_version_id","kind","from_lineage_id"),
	CONSTRAINT "concept_relink_kind_ck" CHECK ("concept_relink"."kind" in ('actionField', 'goal', 'recommendation'))
);
--> statement-breakpoint
ALTER TABLE "concept_relink" ADD CONSTRAINT "concept_relink_tenant_id_concept_version_id_concept_version_tenant_id_id_fk" FOREIGN KEY ("tenant_id","concept_version_id") REFERENCES "public"."concept_version"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Row-level security (tenant isolation) for pending re-links of a draft concept version.
SELECT kurs_enable_tenant_rls('concept_relink');
