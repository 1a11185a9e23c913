--liquibase formatted sql

--changeset uitzicht:0850-opp-started-from
--comment: Where a new OPP's content came from (issue 14 point 3, ADR 0081): empty, the pupil's previous plan or a template.
ALTER TABLE opp ADD COLUMN started_from text NOT NULL DEFAULT 'EMPTY'
  CHECK (started_from IN ('EMPTY', 'PREVIOUS_PLAN', 'TEMPLATE'));
ALTER TABLE opp ADD COLUMN started_from_id uuid;

--changeset uitzicht:0851-goal-library
--comment: The region's goal library: SMART(I) goal texts with example interventions per support category, kept by the region admin.
CREATE TABLE goal_library_entry (
  id                     uuid        PRIMARY KEY,
  tenant_id              uuid        NOT NULL REFERENCES region (id),
  support_category_id    uuid        NOT NULL REFERENCES support_category (id),
  domain                 text        NOT NULL,
  title                  text        NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 120),
  goal_text              text        NOT NULL CHECK (length(trim(goal_text)) BETWEEN 1 AND 500),
  measure                text        NOT NULL DEFAULT '' CHECK (length(measure) <= 500),
  example_interventions  text        NOT NULL DEFAULT '' CHECK (length(example_interventions) <= 2000),
  retired                boolean     NOT NULL DEFAULT false,
  updated_at             timestamptz NOT NULL,
  updated_by             text        NOT NULL,
  version                bigint      NOT NULL DEFAULT 0
);
CREATE INDEX goal_library_entry_tenant_category_idx ON goal_library_entry (tenant_id, support_category_id, title);
ALTER TABLE goal_library_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON goal_library_entry
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0852-opp-template
--comment: OPP templates of the region (school_id null) or of one school: a starting content without pupil data.
CREATE TABLE opp_template (
  id                   uuid        PRIMARY KEY,
  tenant_id            uuid        NOT NULL REFERENCES region (id),
  school_id            uuid        REFERENCES school (id),
  name                 text        NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
  domain               text        NOT NULL,
  support_category_id  uuid        REFERENCES support_category (id),
  hindering_factors    text[]      NOT NULL,
  helping_factors      text[]      NOT NULL,
  goals                text[]      NOT NULL,
  interventions        text[]      NOT NULL,
  frequency            text        NOT NULL DEFAULT '',
  retired              boolean     NOT NULL DEFAULT false,
  updated_at           timestamptz NOT NULL,
  updated_by           text        NOT NULL,
  version              bigint      NOT NULL DEFAULT 0
);
CREATE INDEX opp_template_tenant_school_idx ON opp_template (tenant_id, school_id, name);
ALTER TABLE opp_template ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_template
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
