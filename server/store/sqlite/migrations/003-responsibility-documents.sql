-- Who is responsible for a service at an area key, as one document: the routes, whose place
-- decides (residence or the place of a birth, death or wedding), or why the service is not
-- offered there. Identical documents are stored once. Replaces 001's per-route rows, which could
-- say neither "not offered here" nor "ask for the place of the event".
DROP TABLE responsibilities;
DROP TABLE route_documents;

CREATE TABLE responsibility_documents (
  id TEXT PRIMARY KEY, -- hash of the JSON
  json TEXT NOT NULL
) STRICT;

CREATE TABLE responsibilities (
  service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  ars TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES responsibility_documents (id),
  PRIMARY KEY (service_id, ars)
) STRICT;

-- The catalogue is written again, in the new shape, on the next start.
DELETE FROM catalogue_meta WHERE key = 'fingerprint';
