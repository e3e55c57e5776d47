-- Server migration 1: users and sessions, the records and their change feed, cases and their members, blobs
-- and uploads, access requests. Portable SQL: the same text runs on SQLite and PostgreSQL (a 0001.pg.sql next
-- to this file would be taken on PostgreSQL instead). The runner sets schema_version in the same transaction.
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('seq', 0);
CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, scope TEXT NOT NULL, password TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, expires_at BIGINT NOT NULL);
CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, case_no TEXT, volume TEXT, revision BIGINT NOT NULL,
  deleted INTEGER NOT NULL, body TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, sha256 TEXT,
  archived INTEGER NOT NULL, PRIMARY KEY (kind, id));
CREATE INDEX records_case ON records (case_no);
CREATE INDEX records_sha256 ON records (sha256);
CREATE TABLE changes (seq BIGINT PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL);
CREATE UNIQUE INDEX changes_record ON changes (kind, id);
CREATE TABLE operations (op_id TEXT PRIMARY KEY, user_name TEXT NOT NULL, result TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE TABLE cases (case_no TEXT PRIMARY KEY, created_by TEXT NOT NULL, archived INTEGER NOT NULL);
CREATE TABLE case_members (case_no TEXT NOT NULL, user_name TEXT NOT NULL, relation TEXT NOT NULL,
  PRIMARY KEY (case_no, user_name));
CREATE INDEX case_members_user ON case_members (user_name);
CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE uploads (id TEXT PRIMARY KEY, user_name TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL,
  complete INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX uploads_user_sha ON uploads (user_name, sha256);
CREATE TABLE access_requests (id TEXT PRIMARY KEY, case_no TEXT NOT NULL, requester TEXT NOT NULL,
  reason TEXT NOT NULL, status TEXT NOT NULL, decided_by TEXT, created_at TEXT NOT NULL, decided_at TEXT);
