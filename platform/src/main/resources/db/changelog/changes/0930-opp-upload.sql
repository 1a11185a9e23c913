--liquibase formatted sql

--changeset uitzicht:0930-opp-upload
--comment: An OPP written elsewhere (PDF or DOCX) uploaded into a scoring round (issue 18, ADR 0096). The file and its extracted text are stored sealed with the app key (AES-GCM); raters read only masked_text, set when the uploader confirms the masking.
CREATE TABLE opp_upload (
  id               uuid        PRIMARY KEY,
  tenant_id        uuid        NOT NULL REFERENCES region (id),
  round_id         uuid        NOT NULL REFERENCES scoring_round (id),
  school_id        uuid        NOT NULL REFERENCES school (id),
  file_kind        text        NOT NULL CHECK (file_kind IN ('PDF', 'DOCX')),
  file_size        integer     NOT NULL CHECK (file_size > 0),
  original_sealed  bytea       NOT NULL,
  text_sealed      bytea       NOT NULL,
  terms_sealed     bytea       NOT NULL,
  masked_text      text,
  mask_count       integer     NOT NULL DEFAULT 0,
  uploaded_by      uuid        NOT NULL,
  uploaded_by_name text        NOT NULL,
  uploaded_at      timestamptz NOT NULL,
  confirmed_at     timestamptz,
  version          bigint      NOT NULL DEFAULT 0,
  CHECK ((confirmed_at IS NULL) = (masked_text IS NULL))
);
CREATE INDEX opp_upload_tenant_round_idx ON opp_upload (tenant_id, round_id);
ALTER TABLE opp_upload ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opp_upload
  USING      (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON opp_upload TO ${app_role};

--changeset uitzicht:0931-round-member-upload
--comment: A round's member, score or consensus is an Uitzicht OPP (opp_id, its key kept through the generated column uitzicht_opp_id) or an upload (upload_id = opp_id). Retention follows both keys.
ALTER TABLE scoring_round_opp DROP CONSTRAINT scoring_round_opp_opp_id_fkey;
ALTER TABLE scoring_round_opp ADD COLUMN upload_id uuid REFERENCES opp_upload (id),
  ADD CONSTRAINT scoring_round_opp_upload_check CHECK (upload_id IS NULL OR upload_id = opp_id),
  ADD COLUMN uitzicht_opp_id uuid GENERATED ALWAYS AS (CASE WHEN upload_id IS NULL THEN opp_id END) STORED REFERENCES opp (id);
ALTER TABLE checklist_score DROP CONSTRAINT checklist_score_opp_id_fkey;
ALTER TABLE checklist_score ADD COLUMN upload_id uuid REFERENCES opp_upload (id),
  ADD CONSTRAINT checklist_score_upload_check CHECK (upload_id IS NULL OR upload_id = opp_id),
  ADD COLUMN uitzicht_opp_id uuid GENERATED ALWAYS AS (CASE WHEN upload_id IS NULL THEN opp_id END) STORED REFERENCES opp (id);
ALTER TABLE consensus_score DROP CONSTRAINT consensus_score_opp_id_fkey;
ALTER TABLE consensus_score ADD COLUMN upload_id uuid REFERENCES opp_upload (id),
  ADD CONSTRAINT consensus_score_upload_check CHECK (upload_id IS NULL OR upload_id = opp_id),
  ADD COLUMN uitzicht_opp_id uuid GENERATED ALWAYS AS (CASE WHEN upload_id IS NULL THEN opp_id END) STORED REFERENCES opp (id);
