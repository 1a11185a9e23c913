--liquibase formatted sql

-- The board report (issue 18 point 5, ADR 0099) keeps its year-over-year figures in the dashboard's cache under the
-- region's data version (0600). It also reads the evaluations (goals reached at evaluation) and the scoring rounds
-- (the school year of a round), so a write to those raises the version too.

--changeset uitzicht:0950-board-report-data-version splitStatements:false
--comment: evaluations, their goal results and scoring rounds raise the region's data version, as the other tables behind the dashboard do.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['opp_evaluation', 'opp_goal_evaluation', 'scoring_round']
  LOOP
    EXECUTE format('CREATE TRIGGER raise_data_version AFTER INSERT OR UPDATE OR DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION uitzicht_raise_data_version()', t);
  END LOOP;
END $$;
