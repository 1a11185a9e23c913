--liquibase formatted sql

--changeset uitzicht:0710-identity-link
-- Global: the person a region's identity provider signs in, as (issuer, subject), linked to an
-- account when an invitation into that region was accepted through its provider. Logins match on
-- (issuer, subject) only, never on an e-mail claim. The issuer is written as the application's
-- issuer key (trimmed, no trailing slash, lower case).
CREATE TABLE identity_link (
  id         uuid        PRIMARY KEY,
  account_id uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  region_id  uuid        NOT NULL REFERENCES region (id) ON DELETE CASCADE,
  issuer     text        NOT NULL,
  subject    text        NOT NULL CHECK (length(subject) > 0),
  linked_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (issuer, subject)
);
CREATE INDEX identity_link_account_idx ON identity_link (account_id);
CREATE INDEX identity_link_region_idx ON identity_link (region_id);

--changeset uitzicht:0710-unique-issuer
-- No two regions share an issuer (a subject belongs to one region). Regions that shared one are
-- switched off: their administrators configure their own provider again (password login works).
UPDATE region_identity_provider SET enabled = false
WHERE enabled AND lower(rtrim(issuer_uri, '/')) IN (
  SELECT lower(rtrim(issuer_uri, '/')) FROM region_identity_provider WHERE enabled GROUP BY 1 HAVING count(*) > 1);
CREATE UNIQUE INDEX region_identity_provider_issuer_unique
  ON region_identity_provider (lower(rtrim(issuer_uri, '/'))) WHERE enabled;
