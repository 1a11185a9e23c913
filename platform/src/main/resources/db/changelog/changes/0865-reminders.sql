--liquibase formatted sql

--changeset uitzicht:0865-reminder-preference
--comment: Per person: which reminder mails they want and in which language (issue 14, ADR 0084). Global like the account.
CREATE TABLE reminder_preference (
  account_id      uuid        PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
  plan_due        boolean     NOT NULL DEFAULT true,
  evaluation_due  boolean     NOT NULL DEFAULT true,
  consent_pending boolean     NOT NULL DEFAULT true,
  language        text        NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
  changed_at      timestamptz NOT NULL,
  version         bigint      NOT NULL DEFAULT 0
);

--changeset uitzicht:0866-reminder-digest-day
--comment: The daily digest of one region claimed for one day: one row per region and day, so two app nodes never both send it.
CREATE TABLE reminder_digest_day (
  tenant_id  uuid        NOT NULL REFERENCES region (id),
  digest_on  date        NOT NULL,
  claimed_by text        NOT NULL,
  claimed_at timestamptz NOT NULL,
  recipients integer,
  PRIMARY KEY (tenant_id, digest_on)
);
ALTER TABLE reminder_digest_day ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON reminder_digest_day
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
