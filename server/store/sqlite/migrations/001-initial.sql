-- The portal's first schema: catalogue (replaced when the seed changes) and citizen data (kept).
-- JSON columns hold schema-valid documents; the columns beside them are what queries filter on.

CREATE TABLE catalogue_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE life_situations (
  code TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  json TEXT NOT NULL
) STRICT;

CREATE TABLE services (
  id TEXT PRIMARY KEY,
  leika_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  summary_json TEXT NOT NULL,
  json TEXT NOT NULL
) STRICT;
CREATE INDEX services_by_leika_key ON services (leika_key, position);

CREATE TABLE areas (
  ars TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  -- lower case, umlauts and ß folded, so "saarbrucken", "saarbruecken" and "Saarbrücken" meet
  search_name TEXT NOT NULL,
  position INTEGER NOT NULL,
  json TEXT NOT NULL
) STRICT;

CREATE TABLE area_postcodes (
  postcode TEXT NOT NULL,
  ars TEXT NOT NULL REFERENCES areas (ars) ON DELETE CASCADE,
  PRIMARY KEY (postcode, ars)
) STRICT;

-- A route (an authority's answer for a service); identical answers are stored once.
CREATE TABLE route_documents (
  id TEXT PRIMARY KEY, -- hash of the JSON
  json TEXT NOT NULL
) STRICT;

CREATE TABLE responsibilities (
  service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  ars TEXT NOT NULL,
  position INTEGER NOT NULL,
  route_id TEXT NOT NULL REFERENCES route_documents (id),
  PRIMARY KEY (service_id, ars, position)
) STRICT;

CREATE TABLE forms (
  service_id TEXT PRIMARY KEY,
  json TEXT NOT NULL
) STRICT;

CREATE TABLE drafts (
  token_hash TEXT PRIMARY KEY,
  owner_sub TEXT,
  resume_token TEXT,
  service_id TEXT NOT NULL,
  ars TEXT,
  step_id TEXT,
  answers_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX drafts_by_owner ON drafts (owner_sub, updated_at) WHERE owner_sub IS NOT NULL;
CREATE INDEX drafts_by_expiry ON drafts (expires_at);

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  filename TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  owner_sub TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT
) STRICT;
CREATE INDEX attachments_by_expiry ON attachments (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE applications (
  reference TEXT PRIMARY KEY,
  service_id TEXT NOT NULL,
  service_name_json TEXT NOT NULL,
  ars TEXT NOT NULL,
  authority_name TEXT NOT NULL,
  status TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  trust_level TEXT,
  owner_sub TEXT,
  access_code_hash TEXT NOT NULL,
  answers_json TEXT NOT NULL
) STRICT;
CREATE INDEX applications_by_owner ON applications (owner_sub, submitted_at) WHERE owner_sub IS NOT NULL;
CREATE INDEX applications_by_submission ON applications (submitted_at);

CREATE TABLE application_attachments (
  reference TEXT NOT NULL REFERENCES applications (reference) ON DELETE CASCADE,
  attachment_id TEXT NOT NULL REFERENCES attachments (id),
  PRIMARY KEY (reference, attachment_id)
) STRICT;

-- The id is the SSE event id: increasing across the whole store, so Last-Event-ID is one number.
CREATE TABLE status_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reference TEXT NOT NULL REFERENCES applications (reference) ON DELETE CASCADE,
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  details_json TEXT,
  action_url TEXT
);
CREATE INDEX status_events_by_reference ON status_events (reference, id);

CREATE TABLE idempotency_keys (
  key_hash TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  reference TEXT NOT NULL,
  sealed_receipt TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
