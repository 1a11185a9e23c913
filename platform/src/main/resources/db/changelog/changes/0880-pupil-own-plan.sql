--liquibase formatted sql

--changeset uitzicht:0880-pupil-own-plan
--comment: Whether the pupil's school lets the pupil look at their own plan ("mijn plan") through a parent's account (issue 15, ADR 0087).
CREATE TABLE pupil_own_plan (
  id              uuid        PRIMARY KEY,
  tenant_id       uuid        NOT NULL REFERENCES region (id),
  pupil_id        uuid        NOT NULL REFERENCES pupil (id),
  school_id       uuid        NOT NULL REFERENCES school (id),
  open            boolean     NOT NULL,
  changed_by_name text        NOT NULL,
  changed_at      timestamptz NOT NULL,
  version         bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX pupil_own_plan_tenant_pupil_idx ON pupil_own_plan (tenant_id, pupil_id);
ALTER TABLE pupil_own_plan ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON pupil_own_plan
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0881-opp-pupil-word
--comment: What the pupil says in their own plan: their view before a conversation (goal_key null) or a goal in their own words; staff discuss it (hoorrecht).
CREATE TABLE opp_pupil_word (
  id             uuid        PRIMARY KEY,
  tenant_id      uuid        NOT NULL REFERENCES region (id),
  opp_id         uuid        NOT NULL REFERENCES opp (id),
  version_no     integer     NOT NULL,
  goal_key       uuid,
  body           text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  via_account_id uuid        NOT NULL,
  via_name       text        NOT NULL,
  written_at     timestamptz NOT NULL
);
CREATE INDEX opp_pupil_word_tenant_opp_idx ON opp_pupil_word (tenant_id, opp_id, written_at);
ALTER TABLE opp_pupil_word ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_pupil_word
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
