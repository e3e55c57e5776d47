-- 7: records from the feed this desk could not take (invalid, or their image unavailable), kept aside with
-- the reason and tried again at every sync.
-- Desk migration 7 (PRAGMA user_version 6 -> 7); the runner bumps the version in the same transaction.
CREATE TABLE sync_set_aside(
  kind TEXT NOT NULL, rec_id TEXT NOT NULL, revision INTEGER NOT NULL, record TEXT NOT NULL, code TEXT NOT NULL,
  reason TEXT NOT NULL, args TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY(kind, rec_id));
