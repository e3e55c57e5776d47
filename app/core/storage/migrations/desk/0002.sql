-- 2: case details for the cover (JSON), archival outputs and their verified copies.
-- Desk migration 2 (PRAGMA user_version 1 -> 2); the runner bumps the version in the same transaction.
ALTER TABLE cases ADD COLUMN info TEXT;
CREATE TABLE outputs(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), kind TEXT NOT NULL,
  path TEXT NOT NULL, sha256 TEXT, bytes INTEGER, created_at TEXT NOT NULL, verified_at TEXT,
  UNIQUE(dossier_id, kind, path));
