--liquibase formatted sql

--changeset uitzicht:0700-account-access-version
-- Raised whenever an account's access changes (roles, schools, removal, deactivation, reactivation):
-- every node compares a live session's version with this one and re-checks the session when it differs.
ALTER TABLE user_account ADD COLUMN access_version bigint NOT NULL DEFAULT 0;

--changeset uitzicht:0700-platform-audit
-- Global: what operators and administrators did to accounts, regions and the platform. Kept when a
-- region is purged (no foreign key to region), so the platform keeps its record of the purge.
CREATE TABLE platform_audit_event (
  id          uuid        PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_id    uuid,
  actor_name  text        NOT NULL,
  action      text        NOT NULL,
  region_id   uuid,
  region_code text,
  subject     text,
  detail      text
);
CREATE INDEX platform_audit_event_time_idx ON platform_audit_event (occurred_at DESC);
CREATE INDEX platform_audit_event_region_idx ON platform_audit_event (region_id, occurred_at DESC);

--changeset uitzicht:0700-region-ended
-- A region whose contract has ended: nobody works in it any more, and only now may it be purged.
ALTER TABLE region DROP CONSTRAINT region_status_check;
ALTER TABLE region ADD CONSTRAINT region_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ENDED'));
