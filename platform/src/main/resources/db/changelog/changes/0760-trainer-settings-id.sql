--liquibase formatted sql

--changeset uitzicht:0760-trainer_settings-id
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'trainer_settings' AND column_name = 'id'
--comment: trainer_settings gets an id primary key; the region stays unique. Skipped where 0300-trainer_settings already ran in its edited form, which created the table this way (ADR 0064).
ALTER TABLE trainer_settings ADD COLUMN id uuid;
UPDATE trainer_settings SET id = gen_random_uuid();
ALTER TABLE trainer_settings ALTER COLUMN id SET NOT NULL;
ALTER TABLE trainer_settings DROP CONSTRAINT trainer_settings_pkey;
ALTER TABLE trainer_settings ADD CONSTRAINT trainer_settings_pkey PRIMARY KEY (id);
ALTER TABLE trainer_settings ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE trainer_settings ADD CONSTRAINT trainer_settings_tenant_id_key UNIQUE (tenant_id);
