ALTER TABLE "app_user" ADD COLUMN "totp_pending_secret" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "totp_last_step" bigint;