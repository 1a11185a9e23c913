--liquibase formatted sql

-- Requests to the region (issue 16, ADR 0101): the parents' view of a request comes from the parent portal when the
-- parents wrote one there; the request keeps when the newest of those portal notes was written, so the region sees
-- that the view is the parents' own words and how recent it is. Only a view taken from the portal has that moment.

--changeset uitzicht:0960-support-request-parents-view-given-at
--comment: when the parents wrote the view the request took from the portal (null for a view recorded by staff).
ALTER TABLE support_request ADD COLUMN parents_view_given_at timestamptz;
ALTER TABLE support_request ADD CONSTRAINT support_request_parents_view_given_at_check
  CHECK (parents_view_given_at IS NULL OR parents_view_source = 'PORTAL');
