--liquibase formatted sql

--changeset uitzicht:0882-mail-code
-- Global: a parent's second factor by e-mail (ADR 0088), present only while it is chosen. code_hash is
-- the salted SHA-256 of the one code that is open ('salt$hash', hex), never the code itself; it is
-- cleared when the code is used, expires or is wrong too often. wrong_attempts counts against that code.
-- last_sent_at, window_started_at and sends_in_window limit how often a code is mailed.
CREATE TABLE account_mail_code (
  account_id        uuid        PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
  enabled_at        timestamptz NOT NULL,
  code_hash         text,
  code_expires_at   timestamptz,
  wrong_attempts    integer     NOT NULL DEFAULT 0 CHECK (wrong_attempts >= 0),
  last_sent_at      timestamptz,
  window_started_at timestamptz,
  sends_in_window   integer     NOT NULL DEFAULT 0 CHECK (sends_in_window >= 0)
);

--changeset uitzicht:0882-mail-code-event
-- Global: what happened with e-mail codes (chosen, sent, refused resend, accepted, wrong, expired, locked),
-- per account and client address. Never the code.
CREATE TABLE account_mail_code_event (
  id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id  uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  occurred_at timestamptz NOT NULL,
  event       text        NOT NULL CHECK (length(event) <= 40),
  client      text        NOT NULL CHECK (length(client) <= 100)
);
CREATE INDEX account_mail_code_event_account ON account_mail_code_event (account_id, occurred_at);
