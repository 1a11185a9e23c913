--liquibase formatted sql

--changeset uitzicht:0610-dashboard-indexes splitStatements:true
-- The dashboard's compliance check probes, for every running OPP, whether its current version has
-- hindering and helping factors, a goal and an intervention (EXISTS). The primary keys
-- (version_id, position) find the rows but not tenant_id, so each probe also read the heap for the
-- row-level security filter. With tenant_id, version_id (and kind) in one index every probe is an
-- index-only scan (docs/performance.md, "Findings").
CREATE INDEX opp_factor_tenant_version_idx ON opp_factor (tenant_id, version_id, kind);
CREATE INDEX opp_goal_tenant_version_idx ON opp_goal (tenant_id, version_id);
CREATE INDEX opp_intervention_tenant_version_idx ON opp_intervention (tenant_id, version_id);
