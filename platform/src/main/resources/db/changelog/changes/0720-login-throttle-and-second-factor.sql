--liquibase formatted sql

--changeset uitzicht:0720-login-attempt
-- Global: failed logins per login and client address, shared by all app nodes (see
-- nl.uitzicht.identity.LoginThrottle). login_key is the SHA-256 (hex) of what was tried: the
-- normalised e-mail address (whether or not an account has it), or 'second-factor:' + account id.
-- client is the client address, or '*' for the login's total over all addresses. Times come
-- from the database clock. Nothing here locks an account: blocked_until only delays the next check.
CREATE TABLE login_attempt (
  login_key     text        NOT NULL CHECK (length(login_key) = 64),
  client        text        NOT NULL CHECK (length(trim(client)) > 0),
  failures      integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
  last_failure  timestamptz,
  blocked_until timestamptz,
  last_success  timestamptz,
  PRIMARY KEY (login_key, client)
);

--changeset uitzicht:0720-drop-account-lock
-- The hard lock on the account (anyone who knew the address could trigger it) gives way to login_attempt.
ALTER TABLE user_account DROP COLUMN failed_logins, DROP COLUMN locked_until;

--changeset uitzicht:0720-second-factor
-- Global: an account's TOTP second factor (RFC 6238), present only while it is switched on.
-- secret is sealed with UITZICHT_SECRET_KEY (AES-256-GCM, nl.uitzicht.identity.SecretCipher);
-- last_used_step is the 30-second time step of the last accepted code, so a code is never accepted twice.
CREATE TABLE account_second_factor (
  account_id     uuid        PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
  secret         text        NOT NULL,
  last_used_step bigint      NOT NULL,
  enabled_at     timestamptz NOT NULL
);
