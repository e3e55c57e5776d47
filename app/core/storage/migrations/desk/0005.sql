-- 5: sync with dossier-server: stable ids across desks, the last known server state of each record, the
-- outbox of operations not yet acknowledged, and conflicts kept for the user.
-- Desk migration 5 (PRAGMA user_version 4 -> 5); the runner bumps the version in the same transaction.
ALTER TABLE documents ADD COLUMN uid TEXT;
ALTER TABLE pages ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX documents_uid ON documents(uid);
CREATE UNIQUE INDEX pages_uid ON pages(uid);
CREATE TABLE sync_records(
  kind TEXT NOT NULL, rec_id TEXT NOT NULL, case_no TEXT, volume TEXT, revision INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL, PRIMARY KEY(kind, rec_id));
CREATE TABLE sync_outbox(
  id INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, rec_id TEXT NOT NULL, case_no TEXT,
  volume TEXT, base_revision INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL,
  created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);
CREATE TABLE sync_conflicts(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, rec_id TEXT NOT NULL, kept_body TEXT NOT NULL,
  other_body TEXT NOT NULL, other_from TEXT, at TEXT NOT NULL, resolved_at TEXT);
