-- Row-level security (tenant isolation) for the indicator tables.
SELECT kurs_enable_tenant_rls('indicator');
--> statement-breakpoint
SELECT kurs_enable_tenant_rls('indicator_partner');
--> statement-breakpoint
SELECT kurs_enable_tenant_rls('indicator_target');
--> statement-breakpoint
SELECT kurs_enable_tenant_rls('indicator_value');
--> statement-breakpoint
SELECT kurs_enable_tenant_rls('indicator_submission_link');
