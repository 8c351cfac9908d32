-- Documents a citizen sends later, in answer to ACTION_REQUIRED (decision 0057): the uploads in
-- the citizen's order (each also linked in application_attachments, which keeps it and makes it
-- used), an optional message, the status event that recorded it in the timeline, and the
-- request's Idempotency-Key (hashed) with its fingerprint, so a retry answers this delivery.
CREATE TABLE document_deliveries (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL REFERENCES applications (reference) ON DELETE CASCADE,
  sent_at TEXT NOT NULL,
  attachment_ids_json TEXT NOT NULL,
  message TEXT,
  event_id INTEGER NOT NULL REFERENCES status_events (id),
  key_hash TEXT NOT NULL UNIQUE,
  fingerprint TEXT NOT NULL
) STRICT;
CREATE INDEX document_deliveries_by_reference ON document_deliveries (reference, id);
