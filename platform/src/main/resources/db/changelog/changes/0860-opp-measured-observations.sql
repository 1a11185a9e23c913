--liquibase formatted sql

--changeset uitzicht:0860-opp-measured-observations
--comment: a monitoring observation can carry a measured value (ADR 0083): a level of the five-point scale with the target level, or a test score with its norm score. All three or none: existing rows (notes only) stay valid as they are.
ALTER TABLE opp_observation ADD COLUMN measure_kind varchar(10);
ALTER TABLE opp_observation ADD COLUMN measured_value numeric(7, 2);
ALTER TABLE opp_observation ADD COLUMN target_value numeric(7, 2);
ALTER TABLE opp_observation ADD CONSTRAINT opp_observation_measurement_check CHECK (
    (measure_kind IS NULL) = (measured_value IS NULL)
    AND (measure_kind IS NULL) = (target_value IS NULL)
    AND (measure_kind IS NULL
        OR (measure_kind = 'SCALE' AND measured_value BETWEEN 1 AND 5 AND target_value BETWEEN 1 AND 5)
        OR (measure_kind = 'SCORE' AND measured_value >= 0 AND target_value > 0)));
