--liquibase formatted sql

--changeset uitzicht:0805-opp-attempt-ids
--comment: additions to an OPP (monitoring notes, conversations, evaluations) carry the attempt id of the form that sent them; a retry of the same attempt finds its row instead of adding a second one (ADR 0072). Existing rows have none.
ALTER TABLE opp_observation ADD COLUMN attempt_id uuid;
ALTER TABLE opp_observation ADD CONSTRAINT opp_observation_attempt_key UNIQUE (opp_id, attempt_id);
ALTER TABLE opp_conversation ADD COLUMN attempt_id uuid;
ALTER TABLE opp_conversation ADD CONSTRAINT opp_conversation_attempt_key UNIQUE (opp_id, attempt_id);
ALTER TABLE opp_evaluation ADD COLUMN attempt_id uuid;
ALTER TABLE opp_evaluation ADD CONSTRAINT opp_evaluation_attempt_key UNIQUE (opp_id, attempt_id);
