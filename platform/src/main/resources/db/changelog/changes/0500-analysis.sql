--liquibase formatted sql

-- OPP analysis: versioned checklists, scoring rounds with independent raters, consensus.
-- Every table is tenant-owned with row-level security. Element-collection rows get their
-- tenant_id from the transaction's app.tenant_id (column default), as in 0100-pupils-and-opp.sql.

--changeset uitzicht:0500-checklist splitStatements:true
CREATE TABLE checklist (
  id          uuid    PRIMARY KEY,
  tenant_id   uuid    NOT NULL REFERENCES region (id),
  family_id   uuid    NOT NULL,
  version_no  integer NOT NULL CHECK (version_no >= 1),
  name        text    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
  current     boolean NOT NULL,
  created_by  text    NOT NULL,
  created_at  timestamptz NOT NULL,
  version     bigint  NOT NULL DEFAULT 0,
  UNIQUE (family_id, version_no)
);
CREATE INDEX checklist_tenant_family_idx ON checklist (tenant_id, family_id, version_no);
ALTER TABLE checklist ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON checklist
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

CREATE TABLE checklist_item (
  tenant_id    uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES region (id),
  checklist_id uuid    NOT NULL REFERENCES checklist (id) ON DELETE CASCADE,
  position     integer NOT NULL,
  code         text    NOT NULL,
  part         text    NOT NULL CHECK (part IN ('ALL_PARTS', 'FACTORS', 'PERSPECTIVE', 'HANDELINGSDEEL', 'PROCESS', 'FORM')),
  statement    text    NOT NULL CHECK (length(trim(statement)) BETWEEN 1 AND 300),
  level0       text    NOT NULL,
  level1       text    NOT NULL,
  level2       text    NOT NULL,
  PRIMARY KEY (checklist_id, position)
);
CREATE INDEX checklist_item_tenant_idx ON checklist_item (tenant_id, checklist_id);
ALTER TABLE checklist_item ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON checklist_item
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0500-scoring-round splitStatements:true
CREATE TABLE scoring_round (
  id                   uuid    PRIMARY KEY,
  tenant_id            uuid    NOT NULL REFERENCES region (id),
  name                 text    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
  checklist_id         uuid    NOT NULL REFERENCES checklist (id),
  divergence_threshold integer NOT NULL DEFAULT 2 CHECK (divergence_threshold BETWEEN 1 AND 2),
  organiser_id         uuid    NOT NULL,
  organiser_name       text    NOT NULL,
  created_at           timestamptz NOT NULL,
  closed_at            timestamptz,
  version              bigint  NOT NULL DEFAULT 0
);
CREATE INDEX scoring_round_tenant_created_idx ON scoring_round (tenant_id, created_at);
ALTER TABLE scoring_round ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scoring_round
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

CREATE TABLE scoring_round_opp (
  tenant_id   uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES region (id),
  round_id    uuid    NOT NULL REFERENCES scoring_round (id) ON DELETE CASCADE,
  position    integer NOT NULL,
  opp_id      uuid    NOT NULL REFERENCES opp (id),
  school_id   uuid    NOT NULL REFERENCES school (id),
  PRIMARY KEY (round_id, position),
  UNIQUE (round_id, opp_id)
);
CREATE INDEX scoring_round_opp_tenant_idx ON scoring_round_opp (tenant_id, opp_id);
ALTER TABLE scoring_round_opp ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scoring_round_opp
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

CREATE TABLE scoring_rater (
  id            uuid    PRIMARY KEY,
  tenant_id     uuid    NOT NULL REFERENCES region (id),
  round_id      uuid    NOT NULL REFERENCES scoring_round (id) ON DELETE CASCADE,
  account_id    uuid    NOT NULL,
  display_name  text    NOT NULL,
  submitted_at  timestamptz,
  version       bigint  NOT NULL DEFAULT 0,
  UNIQUE (round_id, account_id)
);
CREATE INDEX scoring_rater_tenant_account_idx ON scoring_rater (tenant_id, account_id);
ALTER TABLE scoring_rater ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scoring_rater
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

CREATE TABLE checklist_score (
  id          uuid    PRIMARY KEY,
  tenant_id   uuid    NOT NULL REFERENCES region (id),
  round_id    uuid    NOT NULL REFERENCES scoring_round (id) ON DELETE CASCADE,
  rater_id    uuid    NOT NULL REFERENCES scoring_rater (id) ON DELETE CASCADE,
  opp_id      uuid    NOT NULL REFERENCES opp (id),
  item_code   text    NOT NULL,
  score       integer NOT NULL CHECK (score BETWEEN 0 AND 2),
  note        text    CHECK (note IS NULL OR length(note) <= 1000),
  version     bigint  NOT NULL DEFAULT 0,
  UNIQUE (rater_id, opp_id, item_code)
);
CREATE INDEX checklist_score_tenant_round_idx ON checklist_score (tenant_id, round_id, opp_id, item_code);
ALTER TABLE checklist_score ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON checklist_score
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

CREATE TABLE consensus_score (
  id          uuid    PRIMARY KEY,
  tenant_id   uuid    NOT NULL REFERENCES region (id),
  round_id    uuid    NOT NULL REFERENCES scoring_round (id) ON DELETE CASCADE,
  opp_id      uuid    NOT NULL REFERENCES opp (id),
  school_id   uuid    NOT NULL REFERENCES school (id),
  item_code   text    NOT NULL,
  item_position integer NOT NULL,
  score       integer NOT NULL CHECK (score BETWEEN 0 AND 2),
  note        text    CHECK (note IS NULL OR length(note) <= 1000),
  decided_by  text    NOT NULL,
  decided_at  timestamptz NOT NULL,
  version     bigint  NOT NULL DEFAULT 0,
  UNIQUE (round_id, opp_id, item_code)
);
CREATE INDEX consensus_score_tenant_school_idx ON consensus_score (tenant_id, school_id, item_position);
ALTER TABLE consensus_score ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON consensus_score
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
