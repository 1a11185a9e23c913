--liquibase formatted sql

--changeset uitzicht:0400-scheduler-lock
-- Global: one row per job that must run once across all app nodes (see nl.uitzicht.cluster.ClusterLock).
-- A node holds the lock while locked_until lies in the future, measured by the database clock.
CREATE TABLE scheduler_lock (
  name         text        PRIMARY KEY CHECK (length(trim(name)) > 0),
  locked_until timestamptz NOT NULL,
  locked_at    timestamptz NOT NULL,
  locked_by    text        NOT NULL
);
