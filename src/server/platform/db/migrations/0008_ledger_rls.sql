-- Tenant isolation for the ledger, and the ledger is append-only (DESIGN invariant 2): a correction
-- is a reversing booking, never an UPDATE or DELETE — refused for every role, owner included.
SELECT kurs_enable_tenant_rls('booking');
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON booking FROM kurs_app;
--> statement-breakpoint
CREATE FUNCTION kurs_booking_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'booking ist nur anfügbar: % ist nicht erlaubt (Korrektur nur durch Storno)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER booking_append_only BEFORE UPDATE OR DELETE ON booking
  FOR EACH ROW EXECUTE FUNCTION kurs_booking_append_only();
--> statement-breakpoint
CREATE TRIGGER booking_no_truncate BEFORE TRUNCATE ON booking
  FOR EACH STATEMENT EXECUTE FUNCTION kurs_booking_append_only();
