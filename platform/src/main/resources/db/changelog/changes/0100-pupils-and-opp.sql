--liquibase formatted sql

-- Pupils and their development-perspective plans (OPP). Every table is tenant-owned with
-- row-level security. Child rows that Hibernate writes as element collections get their
-- tenant_id from the transaction's app.tenant_id (column default), so they are isolated too.

--changeset uitzicht:0100-pupil
CREATE TABLE pupil (
  id           uuid    PRIMARY KEY,
  tenant_id    uuid    NOT NULL REFERENCES region (id),
  school_id    uuid    NOT NULL REFERENCES school (id),
  name         text    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  birth_year   integer NOT NULL CHECK (birth_year BETWEEN 1990 AND 2100),
  group_name   text    NOT NULL CHECK (length(trim(group_name)) BETWEEN 1 AND 20),
  enrolled_on  date    NOT NULL,
  left_on      date,
  version      bigint  NOT NULL DEFAULT 0,
  CHECK (left_on IS NULL OR left_on >= enrolled_on)
);
CREATE INDEX pupil_tenant_school_idx ON pupil (tenant_id, school_id, name);
ALTER TABLE pupil ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON pupil
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0100-opp
CREATE TABLE opp (
  id                  uuid    PRIMARY KEY,
  tenant_id           uuid    NOT NULL REFERENCES region (id),
  pupil_id            uuid    NOT NULL REFERENCES pupil (id),
  school_id           uuid    NOT NULL REFERENCES school (id),
  state               text    NOT NULL CHECK (state IN ('DRAFT', 'IN_CONSULTATION', 'AWAITING_CONSENT', 'ACTIVE',
                                                        'IN_EVALUATION', 'CLOSED')),
  current_version_no  integer NOT NULL DEFAULT 1,
  support_started_on  date    NOT NULL,
  deadline_on         date    NOT NULL,
  first_active_on     date,
  last_evaluated_on   date,
  next_evaluation_on  date,
  closed_on           date,
  created_by          text    NOT NULL,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  version             bigint  NOT NULL DEFAULT 0
);
CREATE INDEX opp_tenant_school_state_idx ON opp (tenant_id, school_id, state);
CREATE INDEX opp_tenant_pupil_idx ON opp (tenant_id, pupil_id);
ALTER TABLE opp ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0100-opp-version
CREATE TABLE opp_version (
  id                    uuid    PRIMARY KEY,
  tenant_id             uuid    NOT NULL REFERENCES region (id),
  opp_id                uuid    NOT NULL REFERENCES opp (id),
  version_no            integer NOT NULL,
  created_at            timestamptz NOT NULL,
  consented_on          date,
  exit_destination      text,
  perspective_reasoning text,
  perspective_factor_keys uuid[],
  perspective_needed    text,
  pupil_view            text,
  pupil_heard_on        date,
  UNIQUE (opp_id, version_no)
);
CREATE INDEX opp_version_tenant_opp_idx ON opp_version (tenant_id, opp_id, version_no);
ALTER TABLE opp_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_version
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0100-opp-parts splitStatements:true
CREATE TABLE opp_factor (
  tenant_id   uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES region (id),
  version_id  uuid    NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  position    integer NOT NULL,
  factor_key  uuid    NOT NULL,
  kind        text    NOT NULL CHECK (kind IN ('HINDERING', 'HELPING')),
  domain      text    NOT NULL,
  description text    NOT NULL,
  PRIMARY KEY (version_id, position)
);
CREATE INDEX opp_factor_tenant_idx ON opp_factor (tenant_id, domain);

CREATE TABLE opp_goal (
  tenant_id   uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES region (id),
  version_id  uuid    NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  position    integer NOT NULL,
  goal_key    uuid    NOT NULL,
  domain      text    NOT NULL,
  description text    NOT NULL,
  baseline    text,
  measure     text,
  target_on   date,
  PRIMARY KEY (version_id, position)
);
CREATE INDEX opp_goal_tenant_idx ON opp_goal (tenant_id, domain);

CREATE TABLE opp_intervention (
  tenant_id           uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES region (id),
  version_id          uuid    NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  position            integer NOT NULL,
  intervention_key    uuid    NOT NULL,
  description         text    NOT NULL,
  performer           text    NOT NULL CHECK (performer IN ('TEACHER', 'PARENTS', 'PUPIL', 'EXTERNAL')),
  frequency           text    NOT NULL,
  goal_keys           uuid[]  NOT NULL DEFAULT '{}',
  support_category_id uuid    NOT NULL REFERENCES support_category (id),
  support_level       text    NOT NULL CHECK (support_level IN ('BASIC', 'EXTRA')),
  PRIMARY KEY (version_id, position)
);
CREATE INDEX opp_intervention_tenant_category_idx ON opp_intervention (tenant_id, support_category_id);

CREATE TABLE opp_agreement (
  tenant_id   uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES region (id),
  version_id  uuid    NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  position    integer NOT NULL,
  agreement_key uuid  NOT NULL,
  party       text    NOT NULL CHECK (party IN ('SCHOOL', 'PARENTS', 'PUPIL')),
  description text    NOT NULL,
  PRIMARY KEY (version_id, position)
);
CREATE INDEX opp_agreement_tenant_idx ON opp_agreement (tenant_id);

ALTER TABLE opp_factor ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_factor
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE opp_goal ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_goal
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE opp_intervention ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_intervention
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE opp_agreement ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_agreement
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0100-opp-conversation
CREATE TABLE opp_conversation (
  id              uuid    PRIMARY KEY,
  tenant_id       uuid    NOT NULL REFERENCES region (id),
  opp_id          uuid    NOT NULL REFERENCES opp (id),
  version_no      integer NOT NULL,
  held_on         date    NOT NULL,
  participants    text    NOT NULL,
  discussed       text    NOT NULL,
  outcome         text    CHECK (outcome IN ('CONSENT', 'CONSENT_WITH_REMARKS', 'NO_CONSENT')),
  parents_remarks text,
  recorded_by     text    NOT NULL,
  recorded_at     timestamptz NOT NULL
);
CREATE INDEX opp_conversation_tenant_opp_idx ON opp_conversation (tenant_id, opp_id, held_on);
ALTER TABLE opp_conversation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_conversation
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0100-opp-observation
CREATE TABLE opp_observation (
  id               uuid    PRIMARY KEY,
  tenant_id        uuid    NOT NULL REFERENCES region (id),
  opp_id           uuid    NOT NULL REFERENCES opp (id),
  version_no       integer NOT NULL,
  goal_key         uuid,
  intervention_key uuid,
  observed_on      date    NOT NULL,
  note             text    NOT NULL,
  recorded_by      text    NOT NULL,
  recorded_at      timestamptz NOT NULL,
  CHECK (goal_key IS NOT NULL OR intervention_key IS NOT NULL)
);
CREATE INDEX opp_observation_tenant_opp_idx ON opp_observation (tenant_id, opp_id, observed_on);
ALTER TABLE opp_observation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_observation
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0100-opp-evaluation
CREATE TABLE opp_evaluation (
  id            uuid    PRIMARY KEY,
  tenant_id     uuid    NOT NULL REFERENCES region (id),
  opp_id        uuid    NOT NULL REFERENCES opp (id),
  version_no    integer NOT NULL,
  evaluated_on  date    NOT NULL,
  pupil_view    text    NOT NULL,
  parents_view  text    NOT NULL,
  decision      text    NOT NULL CHECK (decision IN ('CONTINUE', 'CLOSE')),
  recorded_by   text    NOT NULL,
  recorded_at   timestamptz NOT NULL,
  UNIQUE (opp_id, version_no)
);
CREATE INDEX opp_evaluation_tenant_opp_idx ON opp_evaluation (tenant_id, opp_id);
ALTER TABLE opp_evaluation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_evaluation
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

CREATE TABLE opp_goal_evaluation (
  tenant_id     uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES region (id),
  evaluation_id uuid    NOT NULL REFERENCES opp_evaluation (id) ON DELETE CASCADE,
  position      integer NOT NULL,
  goal_key      uuid    NOT NULL,
  result        text    NOT NULL CHECK (result IN ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
  explanation   text    NOT NULL,
  PRIMARY KEY (evaluation_id, position)
);
CREATE INDEX opp_goal_evaluation_tenant_idx ON opp_goal_evaluation (tenant_id, result);
ALTER TABLE opp_goal_evaluation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_goal_evaluation
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
