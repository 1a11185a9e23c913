--liquibase formatted sql

-- Budgets and figures of the requests to the region (issue 16 points 3-4, ADR 0095): what the region sets aside per
-- school and school year for arrangements, and what raises the region's data version so the request dashboard's
-- cached figures are never served after a change.

--changeset uitzicht:0920-arrangement-budget
--comment: per school and school year (1 August - 31 July, named by the year it starts in): the arrangement budget the region sets, as an amount and/or hours.
CREATE TABLE arrangement_budget (
  id              uuid          PRIMARY KEY,
  tenant_id       uuid          NOT NULL REFERENCES region (id),
  school_id       uuid          NOT NULL REFERENCES school (id),
  school_year     integer       NOT NULL CHECK (school_year BETWEEN 2000 AND 2200),
  amount          numeric(12,2) CHECK (amount IS NULL OR amount >= 0),
  hours           numeric(8,1)  CHECK (hours IS NULL OR hours >= 0),
  changed_by_name text          NOT NULL,
  changed_at      timestamptz   NOT NULL,
  version         bigint        NOT NULL DEFAULT 0,
  CHECK (amount IS NOT NULL OR hours IS NOT NULL)
);
CREATE UNIQUE INDEX arrangement_budget_tenant_year_school_idx ON arrangement_budget (tenant_id, school_year, school_id);
ALTER TABLE arrangement_budget ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON arrangement_budget
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0921-request-figures-data-version
--comment: requests, their decisions and the budgets feed the request dashboard: a write raises the region's data version (ADR 0052), and the dashboard's period columns get indexes.
CREATE TRIGGER raise_data_version AFTER INSERT OR UPDATE OR DELETE ON arrangement_budget
  FOR EACH ROW EXECUTE FUNCTION uitzicht_raise_data_version();
CREATE TRIGGER raise_data_version AFTER INSERT OR UPDATE OR DELETE ON support_request
  FOR EACH ROW EXECUTE FUNCTION uitzicht_raise_data_version();
CREATE TRIGGER raise_data_version AFTER INSERT OR UPDATE OR DELETE ON support_request_decision
  FOR EACH ROW EXECUTE FUNCTION uitzicht_raise_data_version();
CREATE INDEX support_request_tenant_submitted_idx ON support_request (tenant_id, submitted_on);
CREATE INDEX support_request_decision_tenant_decided_idx ON support_request_decision (tenant_id, decided_on);
CREATE INDEX support_request_decision_tenant_starts_idx ON support_request_decision (tenant_id, starts_on);

--changeset uitzicht:0922-reminder-extension-due
--comment: a reminder kind of its own: a decision on a request ends within 8 weeks, so the school should ask for an extension.
ALTER TABLE reminder_preference ADD COLUMN extension_due boolean NOT NULL DEFAULT true;

--changeset uitzicht:0923-request-insight-grants
-- grants.sql (run always) grants every table too; this says what the app role needs here.
GRANT SELECT, INSERT, UPDATE, DELETE ON arrangement_budget TO ${app_role};
