--liquibase formatted sql

--changeset uitzicht:0600-region-data-version splitStatements:false
-- Per region: a counter that every write to the data behind the region dashboard raises, in the
-- writing transaction. The dashboard's cache key carries it, so a cached aggregate is never served
-- after a change (from any node, any writer, also bulk loads), and the warm path reads one row.
CREATE TABLE region_data_version (
  tenant_id uuid   PRIMARY KEY REFERENCES region (id) ON DELETE CASCADE,
  version   bigint NOT NULL
);

ALTER TABLE region_data_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON region_data_version
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

CREATE OR REPLACE FUNCTION uitzicht_raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  region uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
BEGIN
  INSERT INTO region_data_version AS d (tenant_id, version) VALUES (region, 1)
  ON CONFLICT (tenant_id) DO UPDATE SET version = d.version + 1;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['opp', 'opp_version', 'opp_factor', 'opp_goal', 'opp_intervention', 'consensus_score',
                           'school', 'school_support_profile', 'basic_support_standard', 'support_category',
                           'stakeholder', 'stakeholder_conversation']
  LOOP
    EXECUTE format('CREATE TRIGGER raise_data_version AFTER INSERT OR UPDATE OR DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION uitzicht_raise_data_version()', t);
  END LOOP;
END $$;
