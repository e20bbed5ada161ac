-- Row-level security for paper attachments (see 0002).
SELECT kurs_enable_tenant_rls('paper_file');
--> statement-breakpoint
-- Rows that existed before: last modified when created.
UPDATE committee SET modified_at = created_at;
--> statement-breakpoint
UPDATE meeting SET modified_at = created_at;
--> statement-breakpoint
UPDATE paper SET modified_at = created_at;
