-- 12: the audit log as a hash chain (issue 16, standard 16). Every entry gets its place on the desk (seq), the hash
-- of the entry before it on the desk (prev_hash) and on its dossier (dossier_prev), and its own hash over its fields
-- and those two (domain/auditchain.h); the desk's chain is named by a random desk id (settings audit.desk_id).
-- Existing entries are numbered in the order they were written; Database::open hashes them after this script, in
-- its transaction (AuditRepository::chainUnhashed). The table is append-only: triggers abort an UPDATE of a hashed
-- entry and every DELETE. A user holding the file can still drop the triggers — that is what `dossier-cli audit
-- verify` and the chain heads recorded by the server catch.
-- Desk migration 12 (PRAGMA user_version 11 -> 12); the runner bumps the version in the same transaction.
CREATE TABLE audit_log_chained(
  id INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT,
  dossier_id INTEGER REFERENCES dossiers(id),
  action TEXT NOT NULL,
  details TEXT,
  prev_hash TEXT NOT NULL DEFAULT '',
  dossier_prev TEXT NOT NULL DEFAULT '',
  hash TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_log_chained(id, seq, at, actor, dossier_id, action, details)
  SELECT id, row_number() OVER (ORDER BY id), at, actor, dossier_id, action, details FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_chained RENAME TO audit_log;
CREATE UNIQUE INDEX audit_seq ON audit_log(seq);
CREATE INDEX audit_dossier ON audit_log(dossier_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash <> ''
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
INSERT OR IGNORE INTO settings(key, value) VALUES('audit.desk_id',
  lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
        substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));
