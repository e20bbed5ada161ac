CREATE TABLE "grant_application_file" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"name" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha1" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_application_file_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "grant_application_file_size_ck" CHECK ("grant_application_file"."size" = octet_length("grant_application_file"."content"))
);
--> statement-breakpoint
CREATE TABLE "grant_application_link" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"note" text,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_application_link_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "grant_application_link_token_uq" UNIQUE("tenant_id","token_hash")
);
--> statement-breakpoint
ALTER TABLE "grant_application" ADD COLUMN "proposed_measure" jsonb;--> statement-breakpoint
ALTER TABLE "grant_application_file" ADD CONSTRAINT "grant_application_file_tenant_id_application_id_grant_application_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."grant_application"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application_link" ADD CONSTRAINT "grant_application_link_tenant_id_programme_id_grant_programme_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."grant_programme"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application_link" ADD CONSTRAINT "grant_application_link_tenant_id_partner_id_partner_tenant_id_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partner"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grant_application_file_idx" ON "grant_application_file" USING btree ("tenant_id","application_id");--> statement-breakpoint
SELECT kurs_enable_tenant_rls('grant_application_link');--> statement-breakpoint
SELECT kurs_enable_tenant_rls('grant_application_file');
