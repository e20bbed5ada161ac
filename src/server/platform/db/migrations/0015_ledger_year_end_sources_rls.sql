-- Tenant isolation for the funds' sources (own money, grants with their notices).
SELECT kurs_enable_tenant_rls('fund_source');
