-- Tenant isolation for committee reports; a final report is frozen: its snapshot may never be
-- changed or removed — refused for every role, owner included. A new report supersedes it.
SELECT kurs_enable_tenant_rls('report_draft');
--> statement-breakpoint
SELECT kurs_enable_tenant_rls('committee_report');
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON committee_report FROM kurs_app;
--> statement-breakpoint
CREATE FUNCTION kurs_committee_report_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'committee_report ist eingefroren: % ist nicht erlaubt (nur durch einen neuen Bericht ersetzbar)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER committee_report_frozen BEFORE UPDATE OR DELETE ON committee_report
  FOR EACH ROW EXECUTE FUNCTION kurs_committee_report_frozen();
--> statement-breakpoint
CREATE TRIGGER committee_report_no_truncate BEFORE TRUNCATE ON committee_report
  FOR EACH STATEMENT EXECUTE FUNCTION kurs_committee_report_frozen();
