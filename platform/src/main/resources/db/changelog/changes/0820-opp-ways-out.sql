--liquibase formatted sql

-- The OPP's ways out and the mid-year adjustment (ADR 0077): a draft can be discarded, a plan closed at
-- any state with a reason and the pupil's destination, and an active plan adjusted (bijstellen).

--changeset uitzicht:0820-opp-states
--comment: two more states: ADJUSTING (a new version of an active plan being adjusted) and DISCARDED (a draft thrown away).
ALTER TABLE opp DROP CONSTRAINT opp_state_check;
ALTER TABLE opp ADD CONSTRAINT opp_state_check CHECK (state IN ('DRAFT', 'IN_CONSULTATION', 'AWAITING_CONSENT',
  'ACTIVE', 'ADJUSTING', 'IN_EVALUATION', 'CLOSED', 'DISCARDED'));

--changeset uitzicht:0821-opp-closing
--comment: why a plan was closed, a note (required for OTHER) and where the pupil went, where known.
ALTER TABLE opp ADD COLUMN closed_reason text CHECK (closed_reason IN ('GOALS_REACHED', 'PUPIL_LEFT',
  'SPECIAL_EDUCATION', 'MOVED_REGION', 'OTHER'));
ALTER TABLE opp ADD COLUMN closed_note text CHECK (length(closed_note) <= 500);
ALTER TABLE opp ADD COLUMN exit_destination text;
