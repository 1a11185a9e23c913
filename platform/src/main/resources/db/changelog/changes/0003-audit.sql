--liquibase formatted sql

--changeset uitzicht:0003-audit-event
CREATE TABLE audit_event (
  id           uuid        PRIMARY KEY,
  tenant_id    uuid        NOT NULL,
  occurred_at  timestamptz NOT NULL,
  actor_id     uuid,
  actor_name   text        NOT NULL,
  action       text        NOT NULL,
  subject_type text        NOT NULL,
  subject_id   uuid,
  detail       text
);
CREATE INDEX audit_event_tenant_subject_idx ON audit_event (tenant_id, subject_type, subject_id, occurred_at);

--changeset uitzicht:0003-audit-event-rls
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_event
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
