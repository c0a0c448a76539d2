-- PostgreSQL only: row-level security on the web door's tenant-owned tables, a second wall behind the tenant filter
-- every query of web/WebRunRepository carries. The tenant is set per transaction
-- (set_config('app.tenant_id', ..., true)); a regulator's transaction sets app.region_prefix instead and sees the
-- submitted runs of its region. FORCE makes the policies apply to the table owner too; web/RowSecurityCheck refuses
-- to start when a policy is missing. Background work that spans tenants (retention) sets app.system = 'on'.
ALTER TABLE web_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE web_run FORCE ROW LEVEL SECURITY;
ALTER TABLE web_upload ENABLE ROW LEVEL SECURITY;
ALTER TABLE web_upload FORCE ROW LEVEL SECURITY;
ALTER TABLE web_finding ENABLE ROW LEVEL SECURITY;
ALTER TABLE web_finding FORCE ROW LEVEL SECURITY;

CREATE POLICY web_run_tenant ON web_run
    USING (tenant_id = current_setting('app.tenant_id', true)
           OR current_setting('app.system', true) = 'on'
           OR (submitted_at IS NOT NULL AND current_setting('app.region_prefix', true) <> ''
               AND region_code LIKE current_setting('app.region_prefix', true) || '%'))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.system', true) = 'on');

CREATE POLICY web_upload_tenant ON web_upload
    USING (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.system', true) = 'on')
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.system', true) = 'on');

CREATE POLICY web_finding_tenant ON web_finding
    USING (tenant_id = current_setting('app.tenant_id', true)
           OR current_setting('app.system', true) = 'on'
           OR (current_setting('app.region_prefix', true) <> '' AND EXISTS (
               SELECT 1 FROM web_run r WHERE r.id = web_finding.run_id)))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.system', true) = 'on');
