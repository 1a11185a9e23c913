--liquibase formatted sql

--changeset uitzicht:grants-append-only runAlways:true splitStatements:false
-- Runs after grants.sql (which grants every table) on every update: the platform's own log is
-- append-only for the app role, like the region audit trail. (A new file, so that grants.sql, a
-- released changeset, stays unchanged.)
REVOKE UPDATE, DELETE, TRUNCATE ON platform_audit_event FROM ${app_role};
