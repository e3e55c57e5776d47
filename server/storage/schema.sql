-- dossier-server's schema, as sqlite_master shows it after every migration in server/storage/migrations
-- (schema_version 5). The same migrations run on PostgreSQL (portable SQL: TEXT, INTEGER, BIGINT). testschema
-- compares the statements of this file (comments stripped, whitespace normalised) with a freshly migrated SQLite
-- database; scripts/dump-schema.sh server prints them in this order. Times are UTC ISO 8601 text unless said.

-- Requests for access to a case; status 'pending', 'approved' or 'denied' (decided_by, decided_at).
CREATE TABLE access_requests(
  id TEXT PRIMARY KEY,
  case_no TEXT NOT NULL,
  requester TEXT NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  decided_by TEXT,
  created_at TEXT NOT NULL,
  decided_at TEXT
);

-- The audit trail: who did what from where; details is JSON text. A hash chain (migration 4): seq is the entry's
-- place, prev_hash the hash of entry seq-1 ('' for the first), hash = SHA-256 of the compact JSON array
-- ["dossier-server-audit/1", seq, at, user, address, action, details, prev_hash] (AuditRepository::entryHash).
-- Append-only: the triggers (on PostgreSQL a PL/pgSQL function) abort every UPDATE and DELETE.
CREATE TABLE audit_log(
  seq BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  user_name TEXT NOT NULL,
  address TEXT NOT NULL,
  action TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

CREATE INDEX audit_log_at ON audit_log(at);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Who proved they hold an image (a complete upload of it).
CREATE TABLE blob_holders(
  sha256 TEXT NOT NULL,
  user_name TEXT NOT NULL,
  PRIMARY KEY(sha256, user_name)
);

-- Images stored by content (BlobStore), by SHA-256.
CREATE TABLE blobs(
  sha256 TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  created_at TEXT NOT NULL
);

-- Users of a case and how they relate to it (e.g. its creator).
CREATE TABLE case_members(
  case_no TEXT NOT NULL,
  user_name TEXT NOT NULL,
  relation TEXT NOT NULL,
  PRIMARY KEY(case_no, user_name)
);

CREATE INDEX case_members_user ON case_members(user_name);

-- Cases known to the server; court_code from the case number (Server::courtCodeOf); archived 0/1.
CREATE TABLE cases(
  case_no TEXT PRIMARY KEY,
  created_by TEXT NOT NULL,
  archived INTEGER NOT NULL,
  court_code TEXT
);

CREATE INDEX cases_court ON cases(court_code);

CREATE INDEX cases_creator ON cases(created_by);

-- The feed: the last change of each record, by its position (seq, from counters.seq).
CREATE TABLE changes(
  seq BIGINT PRIMARY KEY,
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  case_no TEXT
);

CREATE INDEX changes_case ON changes(case_no, seq);

CREATE UNIQUE INDEX changes_record ON changes(kind, id);

-- Named counters: 'seq', the feed position of the last change.
CREATE TABLE counters(
  name TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);

-- The entries of the desks' audit chains, as the desks sent them with a head the server accepted (migration 5):
-- the fields of AuditChain::Link (dossier_id is the desk's own id of the dossier, 0 for none; dossier_prev the hash
-- of the dossier's previous entry on that desk). Append-only like audit_log; `dossier-server audit verify` walks
-- each desk's entries from its kept_from to its recorded head.
CREATE TABLE desk_audit_entries(
  desk_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  dossier_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  dossier_prev TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY(desk_id, seq)
);

CREATE TRIGGER desk_audit_entries_no_delete BEFORE DELETE ON desk_audit_entries BEGIN SELECT RAISE(ABORT, 'desk_audit_entries is append-only'); END;

CREATE TRIGGER desk_audit_entries_no_update BEFORE UPDATE ON desk_audit_entries BEGIN SELECT RAISE(ABORT, 'desk_audit_entries is append-only'); END;

-- The last head of each desk's audit chain the server accepted (POST /audit/desks/{desk_id}): the desk's random
-- id, the user who first sent it (the desk is theirs), the entry's seq and hash, when it was received, and the
-- first of its entries kept in desk_audit_entries (1; for a head recorded before migration 5, the entry after it).
CREATE TABLE desk_audit_heads(
  desk_id TEXT PRIMARY KEY,
  user_name TEXT NOT NULL,
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL,
  received_at TEXT NOT NULL,
  kept_from BIGINT NOT NULL DEFAULT 1
);

CREATE INDEX desk_audit_heads_user ON desk_audit_heads(user_name);

-- Replies to operations already applied, per user (idempotency); result is the JSON reply
-- {"op_id","status":"applied"|"rejected"|…,"revision",…}.
CREATE TABLE "operations"(
  user_name TEXT NOT NULL,
  op_id TEXT NOT NULL,
  result TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY(user_name, op_id)
);

-- The synced records: kind 'case', 'dossier', 'document', 'page', 'qc_review', 'note', 'conflict', 'template';
-- body is the record's JSON object; sha256 the image it names (a page's, or that of the page a conflict keeps);
-- deleted and archived 0/1; owner the user a private record belongs to (a note: its author, the only one whose
-- feed carries it), NULL for records seen by the rules of their case.
CREATE TABLE records(
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  case_no TEXT,
  volume TEXT,
  revision BIGINT NOT NULL,
  deleted INTEGER NOT NULL,
  body TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  sha256 TEXT,
  archived INTEGER NOT NULL, owner TEXT,
  PRIMARY KEY(kind, id)
);

CREATE INDEX records_case ON records(case_no);

CREATE INDEX records_sha256 ON records(sha256);

-- One row: the schema version (the migration runner keeps it).
CREATE TABLE schema_version(
  version INTEGER NOT NULL
);

-- Login sessions by the token's hash; expires_at in seconds since the epoch.
CREATE TABLE sessions(
  token_hash TEXT PRIMARY KEY,
  user_name TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE INDEX sessions_user ON sessions(user_name);

-- Image uploads in progress or complete (complete 0/1).
CREATE TABLE uploads(
  id TEXT PRIMARY KEY,
  user_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  complete INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

CREATE INDEX uploads_created ON uploads(complete, created_at);

CREATE INDEX uploads_user_sha ON uploads(user_name, sha256);

-- Users: role (e.g. 'clerk', 'division_chief', 'vice_president', 'president'), scope (court code),
-- password (a salted hash), disabled 0/1.
CREATE TABLE users(
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  scope TEXT NOT NULL,
  password TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);
