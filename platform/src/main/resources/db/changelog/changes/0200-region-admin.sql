--liquibase formatted sql

--changeset uitzicht:0200-invitation
-- Global: an invitation is opened by someone who is not logged in yet, before any region is bound.
-- Only a SHA-256 hash of the token is stored; the token itself is only in the link.
CREATE TABLE invitation (
  id              uuid        PRIMARY KEY,
  region_id       uuid        NOT NULL REFERENCES region (id) ON DELETE CASCADE,
  email           text        NOT NULL CHECK (email = lower(email)),
  display_name    text        NOT NULL CHECK (length(trim(display_name)) > 0),
  roles           text[]      NOT NULL,
  school_ids      uuid[]      NOT NULL DEFAULT '{}',
  token_hash      text        NOT NULL UNIQUE,
  expires_at      timestamptz NOT NULL,
  accepted_at     timestamptz,
  revoked_at      timestamptz,
  invited_by      uuid,
  invited_by_name text        NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_count      integer     NOT NULL DEFAULT 1,
  version         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX invitation_region_idx ON invitation (region_id, created_at);

--changeset uitzicht:0200-school-support-profile
-- Per school: the support categories its SOP (schoolondersteuningsprofiel) covers within basic support.
CREATE TABLE school_support_profile (
  school_id    uuid   PRIMARY KEY REFERENCES school (id) ON DELETE CASCADE,
  tenant_id    uuid   NOT NULL REFERENCES region (id),
  category_ids uuid[] NOT NULL DEFAULT '{}',
  version      bigint NOT NULL DEFAULT 0
);
CREATE INDEX school_support_profile_tenant_idx ON school_support_profile (tenant_id);

ALTER TABLE school_support_profile ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_support_profile
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0200-basic-support-standard
-- Per region: the categories every school must cover within basic support.
CREATE TABLE basic_support_standard (
  id           uuid   PRIMARY KEY,
  tenant_id    uuid   NOT NULL UNIQUE REFERENCES region (id),
  category_ids uuid[] NOT NULL DEFAULT '{}',
  version      bigint NOT NULL DEFAULT 0
);

ALTER TABLE basic_support_standard ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON basic_support_standard
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset uitzicht:0200-purge-region splitStatements:false runOnChange:true
-- Offboarding: deletes a region and everything it owns. Generic: every table with a tenant_id
-- column (also tables added later by other features), in passes until foreign keys allow it;
-- then the region's global rows (memberships, identity provider, invitations cascade) and the
-- accounts that belonged to no other region. SECURITY DEFINER: the app role may not delete
-- audit records itself, and must not see other regions' rows.
CREATE OR REPLACE FUNCTION uitzicht_purge_region(target uuid) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  remaining text[];
  blocked   text[];
  t         text;
  n         integer;
  deleted   integer := 0;
  pass      integer := 0;
  members   uuid[];
BEGIN
  SELECT coalesce(array_agg(c.table_name::text), '{}') INTO remaining
    FROM information_schema.columns c
    JOIN information_schema.tables tb
      ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
   WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id';
  SELECT coalesce(array_agg(DISTINCT user_id), '{}') INTO members FROM membership WHERE region_id = target;
  WHILE cardinality(remaining) > 0 LOOP
    pass := pass + 1;
    IF pass > 50 THEN
      RAISE EXCEPTION 'Region % could not be purged: % still referenced', target, remaining;
    END IF;
    blocked := '{}';
    FOREACH t IN ARRAY remaining LOOP
      BEGIN
        EXECUTE format('DELETE FROM %I WHERE tenant_id = $1', t) USING target;
        GET DIAGNOSTICS n = ROW_COUNT;
        deleted := deleted + n;
      EXCEPTION WHEN foreign_key_violation THEN
        blocked := blocked || t;
      END;
    END LOOP;
    remaining := blocked;
  END LOOP;
  DELETE FROM region WHERE id = target;
  DELETE FROM user_account u
   WHERE u.id = ANY (members) AND NOT u.platform_operator
     AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id);
  RETURN deleted;
END
$$;
REVOKE ALL ON FUNCTION uitzicht_purge_region(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION uitzicht_purge_region(uuid) TO ${app_role};
