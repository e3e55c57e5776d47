-- Server migration 5 (issue 16): the desks' audit entries themselves, not only their heads. The entries a desk sends
-- with a head the server accepts are kept in desk_audit_entries (append-only: ServerDatabase::completeMigration5
-- adds the triggers), so a desk's history outlives the desk, and `dossier-server audit verify` checks each desk's
-- kept entries against the head recorded. kept_from: the first entry kept of a desk; a desk whose head was recorded
-- before this migration is kept from its next entry on (the earlier ones were checked, not stored).
CREATE TABLE desk_audit_entries (desk_id TEXT NOT NULL, seq BIGINT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL,
  dossier_id BIGINT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL,
  dossier_prev TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (desk_id, seq));
ALTER TABLE desk_audit_heads ADD COLUMN kept_from BIGINT NOT NULL DEFAULT 1;
UPDATE desk_audit_heads SET kept_from = seq + 1;
