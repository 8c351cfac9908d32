-- The portal's schema on PostgreSQL: the SQLite schema (server/store/sqlite/migrations) translated.
-- JSON documents stay text (the API serves them as stored); the columns beside them are what
-- queries filter on. Timestamps are ISO 8601 text in UTC, as the API writes them.

CREATE TABLE catalogue_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE life_situations (
  code text PRIMARY KEY,
  position integer NOT NULL,
  json text NOT NULL
);

CREATE TABLE services (
  id text PRIMARY KEY,
  leika_key text NOT NULL,
  position integer NOT NULL,
  summary_json text NOT NULL,
  json text NOT NULL
);
CREATE INDEX services_by_leika_key ON services (leika_key, position);

CREATE TABLE areas (
  ars text PRIMARY KEY,
  ags text,
  type text NOT NULL,
  search_name text NOT NULL,
  position integer NOT NULL,
  json text NOT NULL
);
CREATE INDEX areas_by_ags ON areas (ags);

CREATE TABLE area_postcodes (
  postcode text NOT NULL,
  ars text NOT NULL REFERENCES areas (ars) ON DELETE CASCADE,
  PRIMARY KEY (postcode, ars)
);

-- Who is responsible for a service at an area key, as one document (routes, whose place decides,
-- or why it is not offered); identical documents are stored once.
CREATE TABLE responsibility_documents (
  id text PRIMARY KEY,
  json text NOT NULL
);

CREATE TABLE responsibilities (
  service_id text NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  ars text NOT NULL,
  document_id text NOT NULL REFERENCES responsibility_documents (id),
  PRIMARY KEY (service_id, ars)
);

CREATE TABLE forms (
  service_id text PRIMARY KEY,
  json text NOT NULL
);

CREATE TABLE drafts (
  token_hash text PRIMARY KEY,
  owner_sub text,
  resume_token text,
  service_id text NOT NULL,
  ars text,
  step_id text,
  answers_json text NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  expires_at text NOT NULL
);
CREATE INDEX drafts_by_owner ON drafts (owner_sub, updated_at) WHERE owner_sub IS NOT NULL;
CREATE INDEX drafts_by_expiry ON drafts (expires_at);

CREATE TABLE attachments (
  id text PRIMARY KEY,
  filename text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  owner_sub text,
  draft_token_hash text,
  created_at text NOT NULL,
  expires_at text
);
CREATE INDEX attachments_by_expiry ON attachments (expires_at) WHERE expires_at IS NOT NULL;

-- Upload bytes (PostgresBlobStore): in the database, so every instance reads them and the
-- database's backups and replicas hold them too.
CREATE TABLE blobs (
  id text PRIMARY KEY,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE applications (
  reference text PRIMARY KEY,
  service_id text NOT NULL,
  service_name_json text NOT NULL,
  ars text NOT NULL,
  authority_name text NOT NULL,
  authority_id text,
  status text NOT NULL,
  submitted_at text NOT NULL,
  updated_at text NOT NULL,
  trust_level text,
  owner_sub text,
  access_code_hash text NOT NULL,
  answers_json text NOT NULL
);
CREATE INDEX applications_by_owner ON applications (owner_sub, submitted_at) WHERE owner_sub IS NOT NULL;
CREATE INDEX applications_by_submission ON applications (submitted_at);
CREATE INDEX applications_by_authority ON applications (authority_id, submitted_at);

CREATE TABLE application_attachments (
  reference text NOT NULL REFERENCES applications (reference) ON DELETE CASCADE,
  attachment_id text NOT NULL REFERENCES attachments (id),
  PRIMARY KEY (reference, attachment_id)
);
CREATE INDEX application_attachments_by_attachment ON application_attachments (attachment_id);

-- The id is the SSE event id: increasing across the whole store, so Last-Event-ID is one number.
CREATE TABLE status_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference text NOT NULL REFERENCES applications (reference) ON DELETE CASCADE,
  status text NOT NULL,
  at text NOT NULL,
  details_json text,
  action_url text
);
CREATE INDEX status_events_by_reference ON status_events (reference, id);

CREATE TABLE idempotency_keys (
  key_hash text PRIMARY KEY,
  fingerprint text NOT NULL,
  reference text NOT NULL,
  sealed_receipt text NOT NULL,
  created_at text NOT NULL,
  expires_at text NOT NULL
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);

-- The local identity provider's state (sessions, pending logins, grants, codes), shared by all
-- instances so a login may start on one and finish on another.
CREATE TABLE provider_state (
  model text NOT NULL,
  id text NOT NULL,
  payload text NOT NULL,
  grant_id text,
  user_code text,
  uid text,
  expires_at bigint,
  consumed_at bigint,
  PRIMARY KEY (model, id)
);
CREATE INDEX provider_state_grant ON provider_state (grant_id);
CREATE INDEX provider_state_uid ON provider_state (model, uid);
CREATE INDEX provider_state_user_code ON provider_state (model, user_code);
