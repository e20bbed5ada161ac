CREATE TABLE "access_token" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"access" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_token_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "access_token_access_ck" CHECK ("access_token"."access" in ('read', 'write'))
);
--> statement-breakpoint
CREATE TABLE "oidc_login" (
	"tenant_id" uuid NOT NULL,
	"id" text NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"next_path" text DEFAULT '/' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oidc_login_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "oidc_subject" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "break_glass" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "access_token" ADD CONSTRAINT "access_token_tenant_id_user_id_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_login" ADD CONSTRAINT "oidc_login_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "access_token_hash_uq" ON "access_token" USING btree ("tenant_id","token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_oidc_subject_uq" ON "app_user" USING btree ("tenant_id","oidc_subject") WHERE "app_user"."oidc_subject" is not null;--> statement-breakpoint
-- Row-level security (tenant isolation) for access tokens and pending OIDC sign-ins.
SELECT kurs_enable_tenant_rls('access_token');
--> statement-breakpoint
SELECT kurs_enable_tenant_rls('oidc_login');
