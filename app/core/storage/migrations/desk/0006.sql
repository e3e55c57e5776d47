-- 6: who settled a sync conflict, and how ("current" kept or "other" taken).
-- Desk migration 6 (PRAGMA user_version 5 -> 6); the runner bumps the version in the same transaction.
ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolution TEXT;
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at);
