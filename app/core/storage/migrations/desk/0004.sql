-- 4: dossiers submitted after QC; pages found by their source (the scan station's thumbnails).
-- Desk migration 4 (PRAGMA user_version 3 -> 4); the runner bumps the version in the same transaction.
ALTER TABLE dossiers ADD COLUMN submitted_at TEXT;
ALTER TABLE dossiers ADD COLUMN submitted_by TEXT;
CREATE INDEX pages_source ON pages(source);
