--liquibase formatted sql

--changeset uitzicht:0004-support-category
CREATE TABLE support_category (
  id               uuid    PRIMARY KEY,
  tenant_id        uuid    NOT NULL REFERENCES region (id),
  code             text    NOT NULL,
  name             text    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  position         integer NOT NULL,
  active           boolean NOT NULL DEFAULT true,
  national_minimum boolean NOT NULL DEFAULT false,
  version          bigint  NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, code)
);
CREATE INDEX support_category_tenant_position_idx ON support_category (tenant_id, position);

--changeset uitzicht:0004-support-category-rls
ALTER TABLE support_category ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_category
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
