-- Row-level security for the governance tables (see 0002).
SELECT kurs_enable_tenant_rls('reporting_duty');
