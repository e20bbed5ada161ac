CREATE TABLE "paper_file" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"paper_id" uuid NOT NULL,
	"name" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha1" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "paper_file_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "paper_file_size_ck" CHECK ("paper_file"."size" = octet_length("paper_file"."content"))
);
--> statement-breakpoint
ALTER TABLE "agenda_item" ADD COLUMN "oparl_id" text;--> statement-breakpoint
ALTER TABLE "committee" ADD COLUMN "modified_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "committee" ADD COLUMN "oparl_id" text;--> statement-breakpoint
ALTER TABLE "consultation" ADD COLUMN "oparl_id" text;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "modified_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "oparl_id" text;--> statement-breakpoint
ALTER TABLE "paper" ADD COLUMN "modified_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "paper" ADD COLUMN "oparl_id" text;--> statement-breakpoint
ALTER TABLE "paper_file" ADD CONSTRAINT "paper_file_tenant_id_paper_id_paper_tenant_id_id_fk" FOREIGN KEY ("tenant_id","paper_id") REFERENCES "public"."paper"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_oparl_uq" UNIQUE("tenant_id","oparl_id");--> statement-breakpoint
ALTER TABLE "committee" ADD CONSTRAINT "committee_oparl_uq" UNIQUE("tenant_id","oparl_id");--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_oparl_uq" UNIQUE("tenant_id","oparl_id");--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_oparl_uq" UNIQUE("tenant_id","oparl_id");--> statement-breakpoint
ALTER TABLE "paper" ADD CONSTRAINT "paper_oparl_uq" UNIQUE("tenant_id","oparl_id");