-- DPoP proof ids (jti) seen while their proofs could still be accepted: shared by every instance,
-- so a captured proof replayed against another instance is refused too (RFC 9449, section 11.1).
CREATE TABLE dpop_proof_ids (
  jti text PRIMARY KEY,
  expires_at bigint NOT NULL
);
CREATE INDEX dpop_proof_ids_expiry ON dpop_proof_ids (expires_at);
