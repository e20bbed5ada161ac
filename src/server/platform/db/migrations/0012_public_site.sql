CREATE TABLE "legal_text" (
	"tenant_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"body" text NOT NULL,
	"contact" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_text_tenant_id_topic_pk" PRIMARY KEY("tenant_id","topic"),
	CONSTRAINT "legal_text_topic_ck" CHECK ("legal_text"."topic" in ('imprint', 'privacy', 'accessibility'))
);
--> statement-breakpoint
CREATE TABLE "measure_translation" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	CONSTRAINT "measure_translation_tenant_id_measure_id_lang_pk" PRIMARY KEY("tenant_id","measure_id","lang"),
	CONSTRAINT "measure_translation_lang_ck" CHECK ("measure_translation"."lang" in ('en', 'uk', 'ar', 'tr', 'fa'))
);
--> statement-breakpoint
ALTER TABLE "measure" ADD COLUMN "is_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_text" ADD CONSTRAINT "legal_text_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_translation" ADD CONSTRAINT "measure_translation_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;