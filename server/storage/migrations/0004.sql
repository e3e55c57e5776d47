-- Server migration 4 (issue 16, standard 16): the audit log as a hash chain, and the chain heads desks send.
-- audit_log is made again with each entry's place (seq), the hash of the entry before it (prev_hash) and its own
-- hash over its fields and prev_hash (AuditRepository::entryHash). After this script, in the same transaction,
-- ServerDatabase::completeMigration4 copies the old entries in the order they were written (hashing them), drops
-- the old table and adds the triggers that abort an UPDATE or DELETE of audit_log (SQLite and PostgreSQL word
-- them differently). desk_audit_heads: the last head of each desk's audit chain the server accepted; a desk is
-- claimed by the first user who sends its head.
ALTER TABLE audit_log RENAME TO audit_log_v3;
CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, address TEXT NOT NULL,
  action TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE desk_audit_heads (desk_id TEXT PRIMARY KEY, user_name TEXT NOT NULL, seq BIGINT NOT NULL,
  hash TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE INDEX desk_audit_heads_user ON desk_audit_heads (user_name);
