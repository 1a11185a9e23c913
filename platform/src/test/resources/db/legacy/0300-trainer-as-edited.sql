--liquibase formatted sql

--changeset uitzicht:0300-trainer_settings
CREATE TABLE trainer_settings (
  id                 uuid    PRIMARY KEY,
  tenant_id          uuid    NOT NULL UNIQUE REFERENCES region (id),
  max_active_buddies integer NOT NULL DEFAULT 1 CHECK (max_active_buddies BETWEEN 1 AND 5),
  version            bigint  NOT NULL DEFAULT 0
);

--changeset uitzicht:0300-trainer_settings-rls
ALTER TABLE trainer_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON trainer_settings
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-trainer_profile
CREATE TABLE trainer_profile (
  id              uuid   PRIMARY KEY,
  tenant_id       uuid   NOT NULL REFERENCES region (id),
  trainer_id      uuid   NOT NULL REFERENCES user_account (id),
  programme_group text   CHECK (length(programme_group) <= 80),
  two_year_hope   text   CHECK (length(two_year_hope) <= 2000),
  version         bigint NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, trainer_id)
);

--changeset uitzicht:0300-trainer_profile-rls
ALTER TABLE trainer_profile ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON trainer_profile
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-stakeholder
CREATE TABLE stakeholder (
  id            uuid        PRIMARY KEY,
  tenant_id     uuid        NOT NULL REFERENCES region (id),
  trainer_id    uuid        NOT NULL REFERENCES user_account (id),
  kind          text        NOT NULL CHECK (kind IN ('PERSON', 'SCHOOL', 'INSTITUTION', 'ORGANISATION')),
  name          text        NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
  role          text        CHECK (length(role) <= 120),
  school_id     uuid        REFERENCES school (id),
  involvement   text        CHECK (length(involvement) <= 1000),
  influence     text        NOT NULL CHECK (influence IN ('LOW', 'MEDIUM', 'HIGH')),
  interest      text        NOT NULL CHECK (interest IN ('LOW', 'MEDIUM', 'HIGH')),
  status        text        NOT NULL CHECK (status IN ('NOT_APPROACHED', 'IN_CONVERSATION', 'ON_BOARD', 'CRITICAL')),
  private_notes text        CHECK (length(private_notes) <= 2000),
  created_at    timestamptz NOT NULL,
  version       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX stakeholder_tenant_trainer_idx ON stakeholder (tenant_id, trainer_id);

--changeset uitzicht:0300-stakeholder-rls
ALTER TABLE stakeholder ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON stakeholder
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-stakeholder_conversation
CREATE TABLE stakeholder_conversation (
  id             uuid    PRIMARY KEY,
  tenant_id      uuid    NOT NULL REFERENCES region (id),
  stakeholder_id uuid    NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
  held_on        date    NOT NULL,
  topic          text    NOT NULL CHECK (length(trim(topic)) BETWEEN 1 AND 200),
  opps_reviewed  boolean NOT NULL DEFAULT false,
  follow_up      text    CHECK (length(follow_up) <= 1000)
);
CREATE INDEX stakeholder_conversation_tenant_idx ON stakeholder_conversation (tenant_id, stakeholder_id);

--changeset uitzicht:0300-stakeholder_conversation-rls
ALTER TABLE stakeholder_conversation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON stakeholder_conversation
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-audience_analysis
CREATE TABLE audience_analysis (
  id            uuid   PRIMARY KEY,
  tenant_id     uuid   NOT NULL REFERENCES region (id),
  trainer_id    uuid   NOT NULL REFERENCES user_account (id),
  publiek       text   CHECK (length(publiek) <= 2000),
  situatie      text   CHECK (length(situatie) <= 2000),
  complexiteit  text   CHECK (length(complexiteit) <= 2000),
  vragen        text   CHECK (length(vragen) <= 2000),
  kernboodschap text   CHECK (length(kernboodschap) <= 500),
  version       bigint NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, trainer_id)
);

--changeset uitzicht:0300-audience_analysis-rls
ALTER TABLE audience_analysis ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audience_analysis
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-unhelpful_thought
CREATE TABLE unhelpful_thought (
  id         uuid        PRIMARY KEY,
  tenant_id  uuid        NOT NULL REFERENCES region (id),
  trainer_id uuid        NOT NULL REFERENCES user_account (id),
  thought    text        NOT NULL CHECK (length(trim(thought)) BETWEEN 1 AND 300),
  answer     text        CHECK (length(answer) <= 1000),
  created_at timestamptz NOT NULL,
  version    bigint      NOT NULL DEFAULT 0
);
CREATE INDEX unhelpful_thought_tenant_trainer_idx ON unhelpful_thought (tenant_id, trainer_id);

--changeset uitzicht:0300-unhelpful_thought-rls
ALTER TABLE unhelpful_thought ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON unhelpful_thought
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-swot_item
CREATE TABLE swot_item (
  id         uuid        PRIMARY KEY,
  tenant_id  uuid        NOT NULL REFERENCES region (id),
  trainer_id uuid        NOT NULL REFERENCES user_account (id),
  quadrant   text        NOT NULL CHECK (quadrant IN ('STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT')),
  text       text        NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 300),
  created_at timestamptz NOT NULL,
  version    bigint      NOT NULL DEFAULT 0
);
CREATE INDEX swot_item_tenant_trainer_idx ON swot_item (tenant_id, trainer_id);

--changeset uitzicht:0300-swot_item-rls
ALTER TABLE swot_item ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON swot_item
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-verwerking_action
CREATE TABLE verwerking_action (
  id         uuid    PRIMARY KEY,
  tenant_id  uuid    NOT NULL REFERENCES region (id),
  trainer_id uuid    NOT NULL REFERENCES user_account (id),
  position   integer NOT NULL,
  title      text    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  status     text    NOT NULL CHECK (status IN ('TODO', 'DOING', 'DONE')),
  notes      text    CHECK (length(notes) <= 2000),
  version    bigint  NOT NULL DEFAULT 0
);
CREATE INDEX verwerking_action_tenant_trainer_idx ON verwerking_action (tenant_id, trainer_id, position);

--changeset uitzicht:0300-verwerking_action-rls
ALTER TABLE verwerking_action ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON verwerking_action
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-practice_question
CREATE TABLE practice_question (
  id               uuid        PRIMARY KEY,
  tenant_id        uuid        NOT NULL REFERENCES region (id),
  trainer_id       uuid        NOT NULL REFERENCES user_account (id),
  text             text        NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
  for_next_meeting boolean     NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL,
  version          bigint      NOT NULL DEFAULT 0
);
CREATE INDEX practice_question_tenant_idx ON practice_question (tenant_id, for_next_meeting);

--changeset uitzicht:0300-practice_question-rls
ALTER TABLE practice_question ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON practice_question
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-buddy_pair
CREATE TABLE buddy_pair (
  id           uuid        PRIMARY KEY,
  tenant_id    uuid        NOT NULL REFERENCES region (id),
  requester_id uuid        NOT NULL REFERENCES user_account (id),
  partner_id   uuid        NOT NULL REFERENCES user_account (id),
  status       text        NOT NULL CHECK (status IN ('REQUESTED', 'ACTIVE', 'DECLINED', 'ENDED')),
  message      text        CHECK (length(message) <= 500),
  mission      text        CHECK (length(mission) <= 2000),
  approach     text        CHECK (length(approach) <= 2000),
  requested_at timestamptz NOT NULL,
  responded_at timestamptz,
  ended_at     timestamptz,
  version      bigint      NOT NULL DEFAULT 0,
  CHECK (requester_id <> partner_id)
);
CREATE INDEX buddy_pair_tenant_idx ON buddy_pair (tenant_id, requester_id, partner_id);
-- one open or active pairing per two trainers, whoever asked
CREATE UNIQUE INDEX buddy_pair_open_uq ON buddy_pair (tenant_id, LEAST(requester_id, partner_id), GREATEST(requester_id, partner_id))
  WHERE status IN ('REQUESTED', 'ACTIVE');

--changeset uitzicht:0300-buddy_pair-rls
ALTER TABLE buddy_pair ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON buddy_pair
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-buddy_feedback
CREATE TABLE buddy_feedback (
  id           uuid        PRIMARY KEY,
  tenant_id    uuid        NOT NULL REFERENCES region (id),
  pair_id      uuid        NOT NULL REFERENCES buddy_pair (id),
  author_id    uuid        NOT NULL REFERENCES user_account (id),
  recipient_id uuid        NOT NULL REFERENCES user_account (id),
  text         text        NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
  created_at   timestamptz NOT NULL
);
CREATE INDEX buddy_feedback_tenant_pair_idx ON buddy_feedback (tenant_id, pair_id, created_at);

--changeset uitzicht:0300-buddy_feedback-rls
ALTER TABLE buddy_feedback ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON buddy_feedback
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-programme_meeting
CREATE TABLE programme_meeting (
  id          uuid    PRIMARY KEY,
  tenant_id   uuid    NOT NULL REFERENCES region (id),
  position    integer NOT NULL,
  kind        text    NOT NULL CHECK (kind IN ('REGIONAL', 'TRAIN_THE_TRAINER', 'ONLINE_PRACTICE', 'RETURN')),
  title       text    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 120),
  topics      text    CHECK (length(topics) <= 2000),
  school_year text    NOT NULL CHECK (length(trim(school_year)) BETWEEN 1 AND 20),
  period      text    CHECK (length(period) <= 40),
  hours       text    CHECK (length(hours) <= 20),
  held_on     date,
  version     bigint  NOT NULL DEFAULT 0
);
CREATE INDEX programme_meeting_tenant_idx ON programme_meeting (tenant_id, position);

--changeset uitzicht:0300-programme_meeting-rls
ALTER TABLE programme_meeting ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON programme_meeting
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-programme_attendance
CREATE TABLE programme_attendance (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL REFERENCES region (id),
  meeting_id uuid NOT NULL REFERENCES programme_meeting (id) ON DELETE CASCADE,
  trainer_id uuid NOT NULL REFERENCES user_account (id),
  UNIQUE (tenant_id, meeting_id, trainer_id)
);

--changeset uitzicht:0300-programme_attendance-rls
ALTER TABLE programme_attendance ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON programme_attendance
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0300-programme_response
CREATE TABLE programme_response (
  id                 uuid        PRIMARY KEY,
  tenant_id          uuid        NOT NULL REFERENCES region (id),
  meeting_id         uuid        NOT NULL REFERENCES programme_meeting (id) ON DELETE CASCADE,
  trainer_id         uuid        NOT NULL REFERENCES user_account (id),
  usefulness         integer     NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
  learned            text        CHECK (length(learned) <= 2000),
  for_project_group  text        CHECK (length(for_project_group) <= 2000),
  answered_at        timestamptz NOT NULL,
  version            bigint      NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, meeting_id, trainer_id)
);

--changeset uitzicht:0300-programme_response-rls
ALTER TABLE programme_response ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON programme_response
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
