-- 3: clerks' catalogue edits (kept by later runs), the audit log, QC reviews.
-- Desk migration 3 (PRAGMA user_version 2 -> 3); the runner bumps the version in the same transaction.
ALTER TABLE dossiers ADD COLUMN edited_at TEXT;
ALTER TABLE pages ADD COLUMN removed_volume INTEGER;
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT, dossier_id INTEGER REFERENCES dossiers(id),
  action TEXT NOT NULL, details TEXT);
CREATE INDEX audit_dossier ON audit_log(dossier_id, at);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE qc_reviews(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), document_id INTEGER,
  kind TEXT NOT NULL, reviewer TEXT, result TEXT NOT NULL, note TEXT, at TEXT NOT NULL);
