-- Tenant isolation (DESIGN invariant 8) and an append-only audit trail (invariant 7).
-- The server runs every request as the non-owner role kurs_app (SET LOCAL ROLE) with the tenant
-- in app.tenant_id; row-level security then shows and accepts only that tenant's rows, even if a
-- query forgets its WHERE. The owner (migrations, seed, CLI, backup) is not subject to it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kurs_app') THEN
    CREATE ROLE kurs_app NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
GRANT kurs_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO kurs_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kurs_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kurs_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kurs_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kurs_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM kurs_app;
--> statement-breakpoint
CREATE FUNCTION kurs_current_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.tenant_id', true), '')::uuid
$$;
--> statement-breakpoint
-- Later migrations call this for each new table that has a tenant_id column.
CREATE FUNCTION kurs_enable_tenant_rls(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (tenant_id = kurs_current_tenant()) WITH CHECK (tenant_id = kurs_current_tenant())',
    target
  );
END $$;
--> statement-breakpoint
SELECT kurs_enable_tenant_rls(c.oid::regclass)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
WHERE n.nspname = 'public' AND c.relkind = 'r';
--> statement-breakpoint
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON tenant USING (id = kurs_current_tenant());
--> statement-breakpoint
CREATE FUNCTION kurs_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event ist nur anfügbar: % ist nicht erlaubt', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION kurs_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION kurs_audit_append_only();
