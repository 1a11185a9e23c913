--liquibase formatted sql

--changeset uitzicht:0840-membership-parent-role
--comment: Parents and guardians are region members with the PARENT role (issue 15, ADR 0079).
ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check
  CHECK (role IN ('REGION_ADMIN', 'SCHOOL_STAFF', 'TRAINER', 'POLICY', 'PARENT'));

--changeset uitzicht:0841-invitation-pupil
--comment: A parent's invitation names the pupil it opens (no foreign key: the invitation table is global).
ALTER TABLE invitation ADD COLUMN pupil_id uuid;

--changeset uitzicht:0842-parent-link
--comment: Which parent (account) may read which pupil's plans: the parent scope, checked by every parent query.
CREATE TABLE parent_link (
  id              uuid        PRIMARY KEY,
  tenant_id       uuid        NOT NULL REFERENCES region (id),
  pupil_id        uuid        NOT NULL REFERENCES pupil (id),
  school_id       uuid        NOT NULL REFERENCES school (id),
  pupil_name      text        NOT NULL,
  email           text        NOT NULL CHECK (email = lower(email)),
  display_name    text        NOT NULL,
  invitation_id   uuid        NOT NULL,
  account_id      uuid        REFERENCES user_account (id) ON DELETE CASCADE,
  status          text        NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'REVOKED')),
  invited_by_name text        NOT NULL,
  created_at      timestamptz NOT NULL,
  activated_at    timestamptz,
  revoked_at      timestamptz,
  revoked_by_name text,
  version         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX parent_link_tenant_pupil_idx ON parent_link (tenant_id, pupil_id);
CREATE INDEX parent_link_tenant_account_idx ON parent_link (tenant_id, account_id);
CREATE UNIQUE INDEX parent_link_invitation_idx ON parent_link (tenant_id, invitation_id);
ALTER TABLE parent_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON parent_link
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0843-opp-parent-consent
--comment: A parent's digital consent (or disagreement) with the handelingsdeel of one version, bound to its content hash.
CREATE TABLE opp_parent_consent (
  id                  uuid        PRIMARY KEY,
  tenant_id           uuid        NOT NULL REFERENCES region (id),
  opp_id              uuid        NOT NULL REFERENCES opp (id),
  version_no          integer     NOT NULL,
  handelingsdeel_hash text        NOT NULL,
  account_id          uuid        NOT NULL,
  parent_name         text        NOT NULL,
  outcome             text        NOT NULL CHECK (outcome IN ('CONSENT', 'NO_CONSENT')),
  reason              text        NOT NULL DEFAULT '',
  given_at            timestamptz NOT NULL,
  withdrawn_at        timestamptz
);
CREATE INDEX opp_parent_consent_tenant_opp_idx ON opp_parent_consent (tenant_id, opp_id, given_at);
ALTER TABLE opp_parent_consent ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_parent_consent
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0844-opp-parent-note
--comment: What a parent writes before the conversation: their view, or a question; shown to staff in the OPP.
CREATE TABLE opp_parent_note (
  id          uuid        PRIMARY KEY,
  tenant_id   uuid        NOT NULL REFERENCES region (id),
  opp_id      uuid        NOT NULL REFERENCES opp (id),
  version_no  integer     NOT NULL,
  account_id  uuid        NOT NULL,
  parent_name text        NOT NULL,
  kind        text        NOT NULL CHECK (kind IN ('VIEW', 'QUESTION')),
  body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  written_at  timestamptz NOT NULL
);
CREATE INDEX opp_parent_note_tenant_opp_idx ON opp_parent_note (tenant_id, opp_id, written_at);
ALTER TABLE opp_parent_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_parent_note
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
