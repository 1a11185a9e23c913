--liquibase formatted sql

-- Requests to the region (issue 16, ADR 0092): a school asks the samenwerkingsverband for an arrangement or a
-- toelaatbaarheidsverklaring (TLV), built from the pupil's current OPP (linked by id and version number, never
-- copied). The region's case managers handle them, experts advise on the requests assigned to them, the region
-- decides (a letter with the objection route), and objections (bezwaar) are registered with their own deadline.
-- Every table is tenant-owned with row-level security like its neighbours.

--changeset uitzicht:0900-membership-request-roles
--comment: Region staff who handle requests (CASE_MANAGER) and experts who advise on the requests assigned to them (EXPERT).
ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check
  CHECK (role IN ('REGION_ADMIN', 'SCHOOL_STAFF', 'TRAINER', 'POLICY', 'PARENT', 'CASE_MANAGER', 'EXPERT'));

--changeset uitzicht:0901-request-settings
--comment: per region: the decision term of a request in weeks (default 8, the general term of the Awb).
CREATE TABLE request_settings (
  tenant_id            uuid    PRIMARY KEY REFERENCES region (id),
  decision_term_weeks  integer NOT NULL DEFAULT 8 CHECK (decision_term_weeks BETWEEN 1 AND 26),
  version              bigint  NOT NULL DEFAULT 0
);
ALTER TABLE request_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON request_settings
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0902-support-request
--comment: a school's request to the region: type, the OPP version it rests on, the question, basic support already given, the parents' view, status and due date.
CREATE TABLE support_request (
  id                          uuid        PRIMARY KEY,
  tenant_id                   uuid        NOT NULL REFERENCES region (id),
  school_id                   uuid        NOT NULL REFERENCES school (id),
  pupil_id                    uuid        NOT NULL REFERENCES pupil (id),
  pupil_name                  text        NOT NULL,
  type                        text        NOT NULL CHECK (type IN ('INDIVIDUAL_ARRANGEMENT', 'GROUP_ARRANGEMENT',
                                                                   'TLV_SBO', 'TLV_SO_VSO', 'TLV_EXTENSION')),
  funding_category            text        CHECK (funding_category IN ('LOW', 'MEDIUM', 'HIGH')),
  extends_request_id          uuid        REFERENCES support_request (id) ON DELETE SET NULL,
  opp_id                      uuid        NOT NULL REFERENCES opp (id),
  opp_version_no              integer     NOT NULL CHECK (opp_version_no >= 1),
  question                    text        NOT NULL DEFAULT '' CHECK (length(question) <= 4000),
  basic_support_done          text        NOT NULL DEFAULT '' CHECK (length(basic_support_done) <= 4000),
  basic_support_category_ids  uuid[]      NOT NULL DEFAULT '{}',
  parents_view                text        NOT NULL DEFAULT '' CHECK (length(parents_view) <= 4000),
  parents_view_source         text        CHECK (parents_view_source IN ('PORTAL', 'STAFF')),
  status                      text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_HANDLING', 'DECIDED',
                                                                     'WITHDRAWN')),
  created_by_account_id       uuid        NOT NULL,
  created_by_name             text        NOT NULL,
  created_at                  timestamptz NOT NULL,
  submitted_on                date,
  submitted_by_name           text,
  due_on                      date,
  case_manager_account_id     uuid,
  case_manager_name           text,
  updated_at                  timestamptz NOT NULL,
  version                     bigint      NOT NULL DEFAULT 0,
  CHECK (funding_category IS NULL OR type IN ('TLV_SO_VSO', 'TLV_EXTENSION')),
  CHECK ((status = 'DRAFT') = (submitted_on IS NULL)),
  CHECK (due_on IS NULL OR submitted_on IS NOT NULL)
);
CREATE INDEX support_request_tenant_status_due_idx ON support_request (tenant_id, status, due_on);
CREATE INDEX support_request_tenant_school_idx ON support_request (tenant_id, school_id, created_at);
CREATE INDEX support_request_tenant_pupil_idx ON support_request (tenant_id, pupil_id);
CREATE INDEX support_request_tenant_case_manager_idx ON support_request (tenant_id, case_manager_account_id);
ALTER TABLE support_request ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_request
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0903-support-request-attachment
--comment: PDF attachments of a request (checked by their magic bytes, at most 10 MB each), stored in the database under RLS.
CREATE TABLE support_request_attachment (
  id               uuid        PRIMARY KEY,
  tenant_id        uuid        NOT NULL REFERENCES region (id),
  request_id       uuid        NOT NULL REFERENCES support_request (id),
  file_name        text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  size_bytes       integer     NOT NULL CHECK (size_bytes BETWEEN 5 AND 10485760),
  content          bytea       NOT NULL,
  uploaded_by_name text        NOT NULL,
  uploaded_at      timestamptz NOT NULL
);
CREATE INDEX support_request_attachment_tenant_request_idx ON support_request_attachment (tenant_id, request_id);
ALTER TABLE support_request_attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_request_attachment
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0904-support-request-expert
--comment: the experts a case manager assigned to a request: an expert reads only the requests with a row here for them.
CREATE TABLE support_request_expert (
  id                uuid        PRIMARY KEY,
  tenant_id         uuid        NOT NULL REFERENCES region (id),
  request_id        uuid        NOT NULL REFERENCES support_request (id),
  expert_account_id uuid        NOT NULL,
  expert_name       text        NOT NULL,
  assigned_by_name  text        NOT NULL,
  assigned_at       timestamptz NOT NULL,
  UNIQUE (request_id, expert_account_id)
);
CREATE INDEX support_request_expert_tenant_expert_idx ON support_request_expert (tenant_id, expert_account_id);
ALTER TABLE support_request_expert ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_request_expert
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0905-support-request-advice
--comment: an assigned expert's advice, recorded separately per expert: discipline, advice, recommendation, date.
CREATE TABLE support_request_advice (
  id                uuid        PRIMARY KEY,
  tenant_id         uuid        NOT NULL REFERENCES region (id),
  request_id        uuid        NOT NULL REFERENCES support_request (id),
  expert_account_id uuid        NOT NULL,
  expert_name       text        NOT NULL,
  discipline        text        NOT NULL CHECK (discipline IN ('ORTHOPEDAGOGUE', 'PSYCHOLOGIST', 'OTHER')),
  discipline_other  text        NOT NULL DEFAULT '' CHECK (length(discipline_other) <= 120),
  advice            text        NOT NULL CHECK (length(advice) BETWEEN 1 AND 8000),
  recommendation    text        NOT NULL CHECK (recommendation IN ('GRANT', 'GRANT_PARTLY', 'REFUSE')),
  given_on          date        NOT NULL,
  recorded_at       timestamptz NOT NULL,
  UNIQUE (request_id, expert_account_id)
);
CREATE INDEX support_request_advice_tenant_request_idx ON support_request_advice (tenant_id, request_id);
ALTER TABLE support_request_advice ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_request_advice
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0906-support-request-decision
--comment: the region's decision on a request (one per request): outcome, category, period, budget and/or hours, reasons, the objection deadline.
CREATE TABLE support_request_decision (
  id                    uuid          PRIMARY KEY,
  tenant_id             uuid          NOT NULL REFERENCES region (id),
  request_id            uuid          NOT NULL UNIQUE REFERENCES support_request (id),
  outcome               text          NOT NULL CHECK (outcome IN ('GRANTED', 'PARTLY', 'REFUSED')),
  funding_category      text          CHECK (funding_category IN ('LOW', 'MEDIUM', 'HIGH')),
  starts_on             date,
  ends_on               date,
  budget_amount         numeric(12,2) CHECK (budget_amount IS NULL OR budget_amount >= 0),
  hours                 numeric(7,1)  CHECK (hours IS NULL OR hours >= 0),
  reasons               text          NOT NULL CHECK (length(reasons) BETWEEN 1 AND 8000),
  decided_on            date          NOT NULL,
  decided_by_account_id uuid          NOT NULL,
  decided_by_name       text          NOT NULL,
  objection_deadline_on date          NOT NULL,
  recorded_at           timestamptz   NOT NULL,
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  CHECK (outcome = 'REFUSED' OR starts_on IS NOT NULL)
);
CREATE INDEX support_request_decision_tenant_ends_idx ON support_request_decision (tenant_id, ends_on);
ALTER TABLE support_request_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_request_decision
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0907-support-request-objection
--comment: an objection (bezwaar) against a decision: received, its own deadline, and its outcome once decided.
CREATE TABLE support_request_objection (
  id               uuid        PRIMARY KEY,
  tenant_id        uuid        NOT NULL REFERENCES region (id),
  request_id       uuid        NOT NULL REFERENCES support_request (id),
  received_on      date        NOT NULL,
  lodged_by        text        NOT NULL CHECK (length(lodged_by) BETWEEN 1 AND 200),
  grounds          text        NOT NULL DEFAULT '' CHECK (length(grounds) <= 8000),
  deadline_on      date        NOT NULL,
  outcome          text        CHECK (outcome IN ('UPHELD', 'PARTLY_UPHELD', 'DISMISSED', 'INADMISSIBLE', 'WITHDRAWN')),
  outcome_reasons  text        NOT NULL DEFAULT '' CHECK (length(outcome_reasons) <= 8000),
  decided_on       date,
  recorded_by_name text        NOT NULL,
  recorded_at      timestamptz NOT NULL,
  version          bigint      NOT NULL DEFAULT 0,
  CHECK ((outcome IS NULL) = (decided_on IS NULL)),
  CHECK (deadline_on >= received_on)
);
CREATE INDEX support_request_objection_tenant_request_idx ON support_request_objection (tenant_id, request_id);
ALTER TABLE support_request_objection ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_request_objection
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0908-support-request-grants
-- grants.sql (run always) grants every table too; this says what the app role needs here.
GRANT SELECT, INSERT, UPDATE, DELETE ON request_settings, support_request, support_request_attachment,
  support_request_expert, support_request_advice, support_request_decision, support_request_objection TO ${app_role};
