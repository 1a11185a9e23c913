--liquibase formatted sql

-- The school year (issue 14 point 6, ADR 0085): the region's rollover date and retention term, one row per
-- school year rolled over (what makes a second run do nothing), and the anonymous figures of deleted pupil
-- files that keep the region dashboard's counts unchanged after the retention job.

--changeset uitzicht:0870-school-year-settings
--comment: per region: the day groups move up (month and day, default 1 August) and the years a file is kept after the OPP ended.
CREATE TABLE school_year_settings (
  tenant_id       uuid    PRIMARY KEY REFERENCES region (id),
  rollover_month  integer NOT NULL DEFAULT 8 CHECK (rollover_month BETWEEN 1 AND 12),
  rollover_day    integer NOT NULL DEFAULT 1 CHECK (rollover_day BETWEEN 1 AND 28),
  retention_years integer NOT NULL DEFAULT 2 CHECK (retention_years BETWEEN 1 AND 2),
  version         bigint  NOT NULL DEFAULT 0
);
ALTER TABLE school_year_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_year_settings
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0871-school-year-rollover
--comment: a school year's rollover, once per region and school year: inserted first in the run's transaction.
CREATE TABLE school_year_rollover (
  tenant_id    uuid        NOT NULL REFERENCES region (id),
  school_year  integer     NOT NULL CHECK (school_year BETWEEN 2000 AND 2200),
  rollover_on  date        NOT NULL,
  run_at       timestamptz NOT NULL,
  run_by       text        NOT NULL,
  summary      text        NOT NULL,
  PRIMARY KEY (tenant_id, school_year)
);
ALTER TABLE school_year_rollover ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_year_rollover
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0872-retired-opp-figures
--comment: what deleted OPPs counted for on the dashboard, per school and school year (and per month of start): counts only.
CREATE TABLE retired_opp_year (
  tenant_id   uuid    NOT NULL REFERENCES region (id),
  school_id   uuid    NOT NULL REFERENCES school (id),
  school_year integer NOT NULL,
  opps        integer NOT NULL DEFAULT 0,
  total       integer NOT NULL DEFAULT 0,
  parts_ok    integer NOT NULL DEFAULT 0,
  consent_due integer NOT NULL DEFAULT 0,
  consent_ok  integer NOT NULL DEFAULT 0,
  view_ok     integer NOT NULL DEFAULT 0,
  six_due     integer NOT NULL DEFAULT 0,
  six_ok      integer NOT NULL DEFAULT 0,
  eval_due    integer NOT NULL DEFAULT 0,
  eval_ok     integer NOT NULL DEFAULT 0,
  legal_due   integer NOT NULL DEFAULT 0,
  legal_ok    integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, school_year, school_id)
);
ALTER TABLE retired_opp_year ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON retired_opp_year
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

CREATE TABLE retired_opp_start (
  tenant_id   uuid    NOT NULL REFERENCES region (id),
  school_id   uuid    NOT NULL REFERENCES school (id),
  month       date    NOT NULL,
  opps        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, month, school_id)
);
ALTER TABLE retired_opp_start ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON retired_opp_start
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0873-retention-run
--comment: when the retention job last ran per region, and what it deleted (counts only).
CREATE TABLE retention_run (
  id          uuid        PRIMARY KEY,
  tenant_id   uuid        NOT NULL REFERENCES region (id),
  run_at      timestamptz NOT NULL,
  run_by      text        NOT NULL,
  opps        integer     NOT NULL,
  pupils      integer     NOT NULL
);
CREATE INDEX retention_run_tenant_idx ON retention_run (tenant_id, run_at DESC);
ALTER TABLE retention_run ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON retention_run
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0874-synthetic-region
--comment: a region filled with generated benchmark data (not real pupils): its plans are never offered for scoring elsewhere.
ALTER TABLE region ADD COLUMN synthetic boolean NOT NULL DEFAULT false;

--changeset uitzicht:0875-synthetic-opp
--comment: an OPP made by the data generator (benchmark data, no real pupil): never offered for scoring in a region that is not synthetic.
ALTER TABLE opp ADD COLUMN synthetic boolean NOT NULL DEFAULT false;
