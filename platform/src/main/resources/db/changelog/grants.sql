--liquibase formatted sql

--changeset uitzicht:grants runAlways:true splitStatements:false
-- The app role may read and write every table, except the audit trail: insert and select only.
GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${app_role};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON databasechangelog, databasechangeloglock FROM ${app_role};
