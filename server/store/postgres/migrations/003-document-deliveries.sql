-- Documents a citizen sends later, in answer to ACTION_REQUIRED (decision 0057; SQLite: 004): the
-- uploads in the citizen's order (each also linked in application_attachments, which keeps it and
-- makes it used), an optional message, the status event that recorded it in the timeline, and the
-- request's Idempotency-Key (hashed) with its fingerprint, so a retry answers this delivery.
CREATE TABLE document_deliveries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference text NOT NULL REFERENCES applications (reference) ON DELETE CASCADE,
  sent_at text NOT NULL,
  attachment_ids_json text NOT NULL,
  message text,
  event_id bigint NOT NULL REFERENCES status_events (id),
  key_hash text NOT NULL UNIQUE,
  fingerprint text NOT NULL
);
CREATE INDEX document_deliveries_by_reference ON document_deliveries (reference, id);
