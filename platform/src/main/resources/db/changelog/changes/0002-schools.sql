--liquibase formatted sql

--changeset uitzicht:0002-school
CREATE TABLE school (
  id           uuid    PRIMARY KEY,
  tenant_id    uuid    NOT NULL REFERENCES region (id),
  brin         text    NOT NULL CHECK (brin ~ '^[0-9]{2}[A-Z]{2}$'),
  vestiging    text    NOT NULL CHECK (vestiging ~ '^[0-9]{2}$'),
  name         text    NOT NULL CHECK (length(trim(name)) > 0),
  type         text    NOT NULL CHECK (type IN ('BAO', 'SBO', 'SO', 'VSO', 'VO', 'PRO')),
  municipality text,
  pupil_count  integer NOT NULL DEFAULT 0 CHECK (pupil_count >= 0),
  closed_on    date,
  version      bigint  NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, brin, vestiging)
);
CREATE INDEX school_tenant_name_idx ON school (tenant_id, name);

--changeset uitzicht:0002-school-rls
ALTER TABLE school ENABLE ROW LEVEL SECURITY;
-- NULLIF + missing_ok: no tenant bound => NULL => no row matches (fail closed, no error).
CREATE POLICY tenant_isolation ON school
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
