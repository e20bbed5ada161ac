-- Row-level security for the governance tables (see 0002).
SELECT kurs_enable_tenant_rls('reporting_duty');
--> statement-breakpoint
-- A resolution is never edited or deleted (a later resolution corrects it).
CREATE FUNCTION kurs_resolution_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'resolution ist unveränderlich: % ist nicht erlaubt', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER resolution_immutable BEFORE UPDATE OR DELETE ON resolution
  FOR EACH ROW EXECUTE FUNCTION kurs_resolution_immutable();
