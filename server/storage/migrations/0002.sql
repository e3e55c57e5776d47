-- Server migration 2 (issue 11): idempotency per user, who proved they hold an image, disabled users, the audit
-- trail, the feed indexed by case (a low-privilege pull reads its own cases only), cases bound to their court
-- code. After this script, in the same transaction, ServerStore fills cases.court_code (from the case number)
-- and the image of each conflict record (records.sha256), which need code; then the runner sets schema_version.
CREATE TABLE operations2 (user_name TEXT NOT NULL, op_id TEXT NOT NULL, result TEXT NOT NULL,
  created_at TEXT NOT NULL, PRIMARY KEY (user_name, op_id));
INSERT INTO operations2 (user_name, op_id, result, created_at)
  SELECT user_name, op_id, result, created_at FROM operations;
DROP TABLE operations;
ALTER TABLE operations2 RENAME TO operations;
CREATE TABLE blob_holders (sha256 TEXT NOT NULL, user_name TEXT NOT NULL, PRIMARY KEY (sha256, user_name));
INSERT INTO blob_holders (sha256, user_name) SELECT DISTINCT sha256, user_name FROM uploads WHERE complete = 1;
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
CREATE INDEX sessions_user ON sessions (user_name);
CREATE TABLE audit_log (at TEXT NOT NULL, user_name TEXT NOT NULL, address TEXT NOT NULL, action TEXT NOT NULL,
  details TEXT NOT NULL);
CREATE INDEX audit_log_at ON audit_log (at);
ALTER TABLE changes ADD COLUMN case_no TEXT;
UPDATE changes SET case_no = (SELECT r.case_no FROM records r WHERE r.kind = changes.kind AND r.id = changes.id);
CREATE INDEX changes_case ON changes (case_no, seq);
ALTER TABLE cases ADD COLUMN court_code TEXT;
CREATE INDEX cases_court ON cases (court_code);
CREATE INDEX cases_creator ON cases (created_by);
CREATE INDEX uploads_created ON uploads (complete, created_at);
