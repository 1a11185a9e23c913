--liquibase formatted sql

-- Drafts (issue 22, ADR 0073): what a staff member typed into a field of the OPP editor and has not
-- saved yet, per person, plan and field, so that a reload, an expired session, a restart or another
-- app node does not throw it away. Only its author ever reads it; it is removed when the field is
-- saved or thrown away, and purged after uitzicht.opp.drafts.keep-for (14 days by default).

--changeset uitzicht:0810-opp-draft
CREATE TABLE opp_draft (
  tenant_id         uuid        NOT NULL REFERENCES region (id),
  opp_id            uuid        NOT NULL REFERENCES opp (id) ON DELETE CASCADE,
  account_id        uuid        NOT NULL,
  field_key         text        NOT NULL CHECK (field_key ~ '^[a-z0-9-]{1,100}$'),
  text              text        NOT NULL CHECK (length(text) <= 10000),
  typed_at          timestamptz NOT NULL,
  based_on_version  bigint      NOT NULL,
  PRIMARY KEY (opp_id, account_id, field_key)
);
CREATE INDEX opp_draft_typed_at_idx ON opp_draft (tenant_id, typed_at);

--changeset uitzicht:0810-opp-draft-rls
ALTER TABLE opp_draft ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_draft
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0811-opp-draft-grants
-- grants.sql (run always) grants every table too; this says what the app role needs here.
GRANT SELECT, INSERT, UPDATE, DELETE ON opp_draft TO ${app_role};
