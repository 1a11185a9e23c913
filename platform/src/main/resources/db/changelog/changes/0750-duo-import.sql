--liquibase formatted sql

-- DUO import (issue 20): where each school came from, so an import never closes a school the
-- region added by hand; and the region's import history (who, when, which files, what changed).

--changeset uitzicht:0750-school-source
-- Schools that existed before count as added by hand: an import then keeps them unless the
-- administrator chooses to close them, and takes them over (source DUO) when DUO lists them.
ALTER TABLE school ADD COLUMN source text NOT NULL DEFAULT 'MANUAL' CHECK (source IN ('DUO', 'MANUAL'));

--changeset uitzicht:0750-school-import
CREATE TABLE school_import (
  id           uuid        PRIMARY KEY,
  tenant_id    uuid        NOT NULL REFERENCES region (id),
  imported_at  timestamptz NOT NULL,
  actor_id     uuid,
  actor_name   text        NOT NULL,
  origin       text        NOT NULL CHECK (origin IN ('UPLOAD', 'DUO', 'API')),
  files        text        NOT NULL,
  added        integer     NOT NULL CHECK (added >= 0),
  changed      integer     NOT NULL CHECK (changed >= 0),
  closed       integer     NOT NULL CHECK (closed >= 0),
  unchanged    integer     NOT NULL CHECK (unchanged >= 0),
  missing      integer     NOT NULL CHECK (missing >= 0)
);
CREATE INDEX school_import_tenant_at_idx ON school_import (tenant_id, imported_at);

--changeset uitzicht:0750-school-import-rls
ALTER TABLE school_import ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_import
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0750-duo-check
-- The monthly comparison with DUO's current files, per region the latest: what an import would
-- change. Nothing is applied; the import screen tells the administrator while it is newer than
-- the region's last import.
CREATE TABLE duo_check (
  tenant_id   uuid        PRIMARY KEY REFERENCES region (id),
  checked_at  timestamptz NOT NULL,
  added       integer     NOT NULL CHECK (added >= 0),
  changed     integer     NOT NULL CHECK (changed >= 0),
  closed      integer     NOT NULL CHECK (closed >= 0),
  missing     integer     NOT NULL CHECK (missing >= 0),
  problems    integer     NOT NULL CHECK (problems >= 0)
);

--changeset uitzicht:0750-duo-check-rls
ALTER TABLE duo_check ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON duo_check
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
