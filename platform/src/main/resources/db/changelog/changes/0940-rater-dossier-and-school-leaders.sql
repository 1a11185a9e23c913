--liquibase formatted sql

--changeset uitzicht:0940-scoring-round-opp-version
-- Which version of each OPP a scoring round scores (issue 18): fixed when the round starts, so every rater
-- reads the same plan however it changes afterwards. Rounds started before this change get the version that
-- is current now (the nearest to what their raters read; versions are never changed once consented).
ALTER TABLE scoring_round_opp ADD COLUMN version_no integer;
UPDATE scoring_round_opp r SET version_no = o.current_version_no FROM opp o WHERE o.id = r.opp_id;
ALTER TABLE scoring_round_opp ALTER COLUMN version_no SET NOT NULL;
ALTER TABLE scoring_round_opp ADD CONSTRAINT scoring_round_opp_version_positive CHECK (version_no >= 1);

--changeset uitzicht:0941-membership-school-leader
-- Global, like membership_school: the schools a school-staff membership leads (schoolleider, issue 18 point 4),
-- marked by the region administrator. Only a school the membership is scoped to counts (the services read
-- the two together), so taking a school out of a person's scope takes the mark's effect away too.
CREATE TABLE membership_school_leader (
  membership_id uuid        NOT NULL REFERENCES membership (id) ON DELETE CASCADE,
  school_id     uuid        NOT NULL,
  marked_at     timestamptz NOT NULL,
  PRIMARY KEY (membership_id, school_id)
);
