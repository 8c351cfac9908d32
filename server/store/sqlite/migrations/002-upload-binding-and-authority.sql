-- Uploads are bound to who may use them: their owner (owner_sub), or for anonymous uploads the
-- first draft that claims them. Caseworkers list the applications of their own authority.
ALTER TABLE attachments ADD COLUMN draft_token_hash TEXT;
-- The responsible authority's id (the route's destinationId); absent on older applications.
ALTER TABLE applications ADD COLUMN authority_id TEXT;
CREATE INDEX applications_by_authority ON applications (authority_id, submitted_at);
CREATE INDEX application_attachments_by_attachment ON application_attachments (attachment_id);
