--liquibase formatted sql

--changeset uitzicht:0001-app-role splitStatements:false
-- The application logs in as this role: no superuser, not the owner, NOBYPASSRLS.
-- Roles are cluster-wide; the guard lets many databases (one per test run) share it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
    CREATE ROLE ${app_role} LOGIN PASSWORD '${app_password}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

--changeset uitzicht:0001-region
-- Global: a region (samenwerkingsverband) is the tenant itself.
CREATE TABLE region (
  id         uuid        PRIMARY KEY,
  code       text        NOT NULL UNIQUE CHECK (code ~ '^(PO|VO)[0-9]{4}$'),
  name       text        NOT NULL CHECK (length(trim(name)) > 0),
  sector     text        NOT NULL CHECK (sector IN ('PO', 'VO')),
  status     text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  created_at timestamptz NOT NULL DEFAULT now(),
  version    bigint      NOT NULL DEFAULT 0
);

--changeset uitzicht:0001-user-account
-- Global: one account can belong to several regions.
CREATE TABLE user_account (
  id                uuid        PRIMARY KEY,
  email             text        NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name      text        NOT NULL,
  password_hash     text,
  enabled           boolean     NOT NULL DEFAULT true,
  platform_operator boolean     NOT NULL DEFAULT false,
  failed_logins     integer     NOT NULL DEFAULT 0,
  locked_until      timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  version           bigint      NOT NULL DEFAULT 0
);

--changeset uitzicht:0001-membership
-- Global: the regions and roles a person holds, needed at login before a region is bound.
CREATE TABLE membership (
  id        uuid PRIMARY KEY,
  user_id   uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  region_id uuid NOT NULL REFERENCES region (id) ON DELETE CASCADE,
  role      text NOT NULL CHECK (role IN ('REGION_ADMIN', 'SCHOOL_STAFF', 'TRAINER', 'POLICY')),
  UNIQUE (user_id, region_id, role)
);
CREATE INDEX membership_region_idx ON membership (region_id);

CREATE TABLE membership_school (
  membership_id uuid NOT NULL REFERENCES membership (id) ON DELETE CASCADE,
  school_id     uuid NOT NULL,
  PRIMARY KEY (membership_id, school_id)
);

--changeset uitzicht:0001-region-identity-provider
-- Global: the provider is needed to log in, before a region is bound. Secret encrypted (AES-GCM).
CREATE TABLE region_identity_provider (
  region_id               uuid    PRIMARY KEY REFERENCES region (id) ON DELETE CASCADE,
  issuer_uri              text    NOT NULL,
  client_id               text    NOT NULL,
  client_secret_encrypted text    NOT NULL,
  email_claim             text    NOT NULL DEFAULT 'email',
  brin_claim              text,
  enabled                 boolean NOT NULL DEFAULT true,
  version                 bigint  NOT NULL DEFAULT 0
);
CREATE INDEX region_identity_provider_issuer_idx ON region_identity_provider (issuer_uri);
