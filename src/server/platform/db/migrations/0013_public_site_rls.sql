SELECT kurs_enable_tenant_rls('measure_translation');
--> statement-breakpoint
SELECT kurs_enable_tenant_rls('legal_text');
