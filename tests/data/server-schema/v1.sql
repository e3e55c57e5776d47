-- A dossier-server database of schema version 1 (SQLite) with data: server/storage/migrations/0001.sql as it
-- is, its version, and rows of what version 1 had. testschema builds it and opens it through ServerStore::open,
-- which migrates it to the current version (0002.sql and the code after it).
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
INSERT INTO schema_version (version) VALUES (1);

-- Rows of version 1.
UPDATE counters SET value = 2 WHERE name = 'seq';
INSERT INTO users (name, role, scope, password, created_at) VALUES ('clerkA', 'clerk', '0105',
  'pbkdf2-sha256$100000$c2FsdA==$aGFzaA==', '2023-11-01T08:00:00.000Z');
INSERT INTO sessions (token_hash, user_name, expires_at) VALUES ('d1e2f3', 'clerkA', 1999999999);
INSERT INTO records (kind, id, case_no, volume, revision, deleted, body, updated_by, updated_at, sha256, archived)
  VALUES ('page', 'p4g-0001', '(2023)京0105民初1234号', 'main', 1, 0,
  '{"case_no":"(2023)京0105民初1234号","kind":"content","sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}',
  'clerkA', '2023-12-01T09:00:00.000Z', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 0);
INSERT INTO records (kind, id, case_no, volume, revision, deleted, body, updated_by, updated_at, sha256, archived)
  VALUES ('conflict', 'c0f-0001', '(2023)京0105民初1234号', 'main', 1, 0,
  '{"kind":"page","id":"p4g-0001","body":{"kind":"content","sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"},"note":"kept; other"}',
  'clerkA', '2023-12-01T09:05:00.000Z', NULL, 0);
INSERT INTO changes (seq, kind, id) VALUES (1, 'page', 'p4g-0001');
INSERT INTO changes (seq, kind, id) VALUES (2, 'conflict', 'c0f-0001');
INSERT INTO operations (op_id, user_name, result, created_at) VALUES ('op-1', 'clerkA',
  '{"op_id":"op-1","revision":1,"status":"applied"}', '2023-12-01T09:00:00.000Z');
INSERT INTO operations (op_id, user_name, result, created_at) VALUES ('op-2', 'clerkA',
  '{"op_id":"op-2","revision":1,"status":"applied"}', '2023-12-01T09:05:00.000Z');
INSERT INTO cases (case_no, created_by, archived) VALUES ('(2023)京0105民初1234号', 'clerkA', 0);
INSERT INTO case_members (case_no, user_name, relation) VALUES ('(2023)京0105民初1234号', 'clerkA', 'creator');
INSERT INTO blobs (sha256, size, created_at) VALUES ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  2500001, '2023-12-01T08:59:00.000Z');
INSERT INTO uploads (id, user_name, sha256, size, complete, created_at) VALUES ('up-1', 'clerkA',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 2500001, 1, '2023-12-01T08:58:00.000Z');
INSERT INTO uploads (id, user_name, sha256, size, complete, created_at) VALUES ('up-2', 'clerkA',
  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 2500002, 0, '2023-12-01T09:04:00.000Z');
INSERT INTO access_requests (id, case_no, requester, reason, status, decided_by, created_at, decided_at) VALUES
  ('ar-1', '(2023)京0105民初1234号', 'clerkA', '复核; 补充材料', 'pending', NULL, '2023-12-02T10:00:00.000Z', NULL);
