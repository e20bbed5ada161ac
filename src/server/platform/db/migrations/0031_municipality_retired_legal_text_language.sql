ALTER TABLE "municipality" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "legal_text" ADD COLUMN "lang" text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_text" DROP CONSTRAINT "legal_text_tenant_id_topic_pk";--> statement-breakpoint
ALTER TABLE "legal_text" ADD CONSTRAINT "legal_text_tenant_id_topic_lang_pk" PRIMARY KEY("tenant_id","topic","lang");--> statement-breakpoint
ALTER TABLE "legal_text" ADD CONSTRAINT "legal_text_lang_ck" CHECK ("legal_text"."lang" in ('de', 'de-x-ls', 'en', 'uk', 'ar', 'tr', 'fa'));
