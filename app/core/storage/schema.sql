-- The desk's schema (the profile's SQLite database), as sqlite_master shows it after every migration in
-- app/core/storage/migrations/desk (PRAGMA user_version 12). testschema compares the statements of this file
-- (comments stripped, whitespace normalised) with a freshly migrated database; scripts/dump-schema.sh desk prints
-- the statements in this order (by table: the table, then its indexes). Change the schema by adding a migration,
-- never by editing an old one; then update this file. Left out: automatic indexes and FTS5's shadow tables.
--
-- Conventions: times are UTC ISO 8601 text ("2023-12-01T09:00:00.000Z"); booleans are 0/1 integers; columns
-- documented "JSON" hold compact JSON text written by the code named.

-- What clerks did (catalogue edits, QC submissions, refused scans, settled sync conflicts), as a hash chain
-- (migration 12; domain/auditchain.h): seq is the entry's place on the desk, prev_hash the hash of entry seq-1
-- ('' for the first), dossier_prev the hash of the same dossier's entry before it ('' for none), hash = SHA-256 of
-- the compact JSON array ["dossier-desk-audit/1", desk_id, seq, at, actor, dossier, action, details, prev_hash,
-- dossier_prev] (desk_id: settings audit.desk_id). Append-only: the triggers abort an UPDATE of a hashed entry and
-- every DELETE (a user holding the file can drop them; `dossier-cli audit verify` and the heads the server
-- recorded catch what follows).
CREATE TABLE "audit_log"(
  id INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT,
  dossier_id INTEGER REFERENCES dossiers(id), -- NULL when the action concerns no dossier (a refused scan)
  action TEXT NOT NULL, -- e.g. a CatalogueEditor edit, "submit", "scan refused: classified",
  -- "settle sync conflict"
  details TEXT, -- JSON object or empty: the edit (CatalogueEditor), {"case_no","device"} for a refused scan,
  -- {"kind","id","kept","other_from"} for a settled conflict
  prev_hash TEXT NOT NULL DEFAULT '',
  dossier_prev TEXT NOT NULL DEFAULT '',
  hash TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_dossier ON audit_log(dossier_id, seq);

CREATE UNIQUE INDEX audit_seq ON audit_log(seq);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash <> '' BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- One scan/import run (BatchRunner).
CREATE TABLE batches(
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  options TEXT, -- JSON object: {"inputs":[paths],"jobs":n,"languages":"chi_sim+eng","template":id,"case":case_no,
  -- "device":name,"operator":name}
  status TEXT NOT NULL -- 'running' while it runs, 'done' when it finished
);

-- A case's dates that start and stop the 中间库's statutory clocks (WarehouseRepository; domain/statutoryclock.h):
-- kind is appeal_received, handed_to_warehouse, archived, sent_to_second_instance, case_closed or
-- closing_notice_received; date YYYY-MM-DD.
CREATE TABLE case_events(
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  case_no TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  at TEXT NOT NULL,
  by_user TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX case_events_case ON case_events(case_no);

-- A court case, by its case number ("(2023)京0105民初1234号").
CREATE TABLE cases(
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL UNIQUE,
  year INTEGER,
  court_code TEXT,
  type_code TEXT,
  sequence INTEGER,
  classified INTEGER NOT NULL DEFAULT 0, -- 1: classified; scans of it are refused and logged
  cause TEXT,
  created_at TEXT NOT NULL,
  info TEXT -- JSON object (CaseInfo::toJson), the cover's details: {"case_no","dossier_id","court","volume_kind",
  -- "cause","plaintiffs":[],"defendants":[],"third_parties":[],"name_variants":[],"judge","clerk","received",
  -- "closed","result","retention","filed_by","checked_by","filed_on","classified":bool}; dates "yyyy-MM-dd"
);

-- A document of a volume's catalogue, in order.
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  volume_id INTEGER NOT NULL REFERENCES volumes(id),
  position INTEGER NOT NULL,
  doc_type TEXT NOT NULL,
  title TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, -- bumped by every catalogue edit
  uid TEXT, -- stable id across desks (sync); NULL until synced
  type_by_hand INTEGER NOT NULL DEFAULT 0 -- 1: a clerk chose the type (a template's migration keeps it)
);

CREATE UNIQUE INDEX documents_uid ON documents(uid);

CREATE INDEX documents_volume ON documents(volume_id, position);

-- A case's dossier (one per case and external id), made from a catalogue template.
CREATE TABLE dossiers(
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  external_id TEXT NOT NULL,
  template_id TEXT NOT NULL, -- a catalogue template (resources/templates), e.g. "civil-first-instance"
  created_at TEXT NOT NULL,
  edited_at TEXT, -- the last catalogue edit by a clerk (kept by later runs)
  submitted_at TEXT,
  submitted_by TEXT,
  template_version INTEGER NOT NULL DEFAULT 1, -- the template version it was catalogued with (or carried to)
  UNIQUE(case_id, external_id)
);

-- A judge's private notes (NoteRepository): annotations on a page and reading notes (阅卷笔记); see domain/note.h.
CREATE TABLE notes(
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE, -- made by the desk that wrote it; the note's id on every desk of its author (sync)
  case_no TEXT NOT NULL,
  author TEXT NOT NULL, -- the user it belongs to; only this user's desks have it
  kind TEXT NOT NULL, -- 'highlight', 'box', 'comment' (annotations); 'focus', 'fact', 'question' (reading notes); 'bookmark'
  page_id INTEGER REFERENCES pages(id), -- the page it is on; NULL: a reading note citing no page
  box TEXT, -- JSON array [x,y,w,h] in the page's processed-image (OCR) pixels; NULL: the whole page
  quote TEXT NOT NULL DEFAULT '', -- the recognised text under the box
  colour TEXT NOT NULL, -- Note::colours(): 'yellow', 'red', …
  tags TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  body TEXT NOT NULL DEFAULT '', -- the note's text
  status TEXT NOT NULL DEFAULT '', -- a fact's: 'undisputed', 'disputed', 'open'; '' otherwise
  links TEXT NOT NULL DEFAULT '[]', -- JSON array of the uids of the annotations a reading note cites
  position INTEGER NOT NULL DEFAULT 0, -- order among the author's reading notes of the case of its kind
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 -- 1: deleted by its author (kept so that the deletion syncs)
);

CREATE INDEX notes_case ON notes(case_no, author);

CREATE INDEX notes_page ON notes(page_id);

-- Archival outputs of a dossier and their verified copies (Archiver).
CREATE TABLE outputs(
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
  kind TEXT NOT NULL, -- an archival output's name (e.g. 'access', 'anonymised', 'package') or 'copy' (a verified copy)
  path TEXT NOT NULL,
  sha256 TEXT,
  bytes INTEGER,
  created_at TEXT NOT NULL,
  verified_at TEXT,
  UNIQUE(dossier_id, kind, path)
);

-- Full-text index of the pages' text: rowid = pages.id, body = TextUtil::ftsForm(pages.text) (wide
-- characters spaced so that unicode61 takes each as a token). Written with the page (PageResult::save, sync).
CREATE VIRTUAL TABLE page_fts USING fts5(body, tokenize = 'unicode61');

-- A scanned page: its master image, the analysis and OCR, and where it sits in the catalogue.
CREATE TABLE pages(
  id INTEGER PRIMARY KEY,
  source_key TEXT NOT NULL UNIQUE, -- identifies the scan across runs (device/date/feed position or file)
  source TEXT NOT NULL,
  batch_id INTEGER REFERENCES batches(id),
  feed_index INTEGER NOT NULL,
  sha256 TEXT,
  master_format TEXT,
  master_bytes INTEGER,
  status TEXT NOT NULL, -- 'stored' (master kept, not processed), 'done', 'error' (error_* say why),
  -- 'removed' (taken out of its document by a clerk; removed_volume says from where)
  error_code TEXT, -- the Error: its code, English source text (error_text) and arguments (error_args)
  error_text TEXT,
  error_args TEXT, -- JSON array of strings, the Error's arguments: ["scan-04.tif"]
  kind TEXT, -- 'content', 'blank', 'separator' (separator_payload, case_no: what it names), 'error'
  separator_payload TEXT,
  case_no TEXT, -- the case a separator page names
  document_id INTEGER REFERENCES documents(id),
  position INTEGER,
  page_in_document INTEGER,
  title_line TEXT,
  rotation INTEGER,
  skew REAL,
  dpi INTEGER,
  colour_mode TEXT, -- as analysed, e.g. 'gray', 'colour'
  width INTEGER,
  height INTEGER,
  flags TEXT, -- JSON array of strings: "low_dpi", "colour_required", "separator_case_invalid", "blank_suggested",
  -- "low_ocr_confidence", "residual_skew", "mixed_format"
  text TEXT,
  ocr_confidence REAL,
  ocr TEXT, -- JSON object (PageResult::ocrToJson): {"lines":[{"t":text,"b":[x,y,w,h],"c":confidence,
  -- "w":[{"t","b","c"} words]}]}
  transform TEXT, -- JSON object (PageTransform::toJson): {"crop":[x,y,w,h],"quarter_turns":n,"skew":deg,"scale":f,
  -- "size":[w,h]}
  created_at TEXT NOT NULL,
  processed_at TEXT,
  removed_volume INTEGER, -- the volume a 'removed' page was taken from
  uid TEXT, -- stable id across desks (sync); NULL until synced
  scanned_by TEXT -- who scanned it: its batch's operator, or as its sync record says (from the desk that scanned
  -- it); NULL when not recorded
);

CREATE INDEX pages_document ON pages(document_id, position);

CREATE INDEX pages_sha ON pages(sha256);

CREATE INDEX pages_source ON pages(source);

CREATE UNIQUE INDEX pages_uid ON pages(uid);

-- What was done to a page, by which engine (PageResult::save).
-- Where each case's paper is in the 中间库, folded from its movements (domain/paper.h) whenever one is written:
-- status in / lent / out; location 区-架-层-格; due YYYY-MM-DD while lent; conflicts: movements its state refused.
CREATE TABLE paper_cases(
  case_no TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  location TEXT NOT NULL DEFAULT '',
  holder TEXT NOT NULL DEFAULT '',
  due TEXT,
  volumes INTEGER NOT NULL DEFAULT 0,
  conflicts INTEGER NOT NULL DEFAULT 0,
  requests INTEGER NOT NULL DEFAULT 0,
  since TEXT NOT NULL
);

CREATE INDEX paper_cases_due ON paper_cases(status, due);

CREATE INDEX paper_cases_holder ON paper_cases(holder);

CREATE INDEX paper_cases_location ON paper_cases(location);

CREATE INDEX paper_cases_requests ON paper_cases(requests);

-- Every movement of a case's paper, never changed: kind checkin, supplement, lend, return, checkout, move,
-- recall; at (UTC, ms) orders them; body is Movement::toJson().
CREATE TABLE paper_movements(
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  case_no TEXT NOT NULL,
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  body TEXT NOT NULL
);

CREATE INDEX paper_movements_at ON paper_movements(at);

CREATE INDEX paper_movements_case ON paper_movements(case_no, at);

CREATE TABLE processing_records(
  id INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages(id),
  step TEXT NOT NULL, -- 'image' (params: the transform JSON, as pages.transform) or 'ocr' (params: {"confidence":f})
  params TEXT, -- JSON object, see step
  engine TEXT,
  at TEXT NOT NULL
);

CREATE INDEX processing_page ON processing_records(page_id);

-- Quality-check reviews of a dossier's documents (QualityCheck::recordReview, or another desk's through sync).
CREATE TABLE qc_reviews(
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
  document_id INTEGER,
  kind TEXT NOT NULL, -- 'sample'
  reviewer TEXT,
  result TEXT NOT NULL, -- 'ok' or 'mismatch'
  note TEXT,
  at TEXT NOT NULL,
  uid TEXT -- stable id across desks (sync: one immutable qc_review record); NULL until synced
);

CREATE UNIQUE INDEX qc_reviews_uid ON qc_reviews(uid);

-- Profile settings: sync.server, sync.user, sync.ca_file, sync.cursor (the feed position),
-- issued_dossier_id:<year> (the last dossier number issued), audit.desk_id (the desk's audit chain id),
-- audit.pushed_seq and audit.pushed_hash (the audit head the server last recorded), …
CREATE TABLE settings(
  key TEXT PRIMARY KEY,
  value TEXT
);

-- Sync conflicts kept for the user: the version kept here and the other one.
CREATE TABLE sync_conflicts(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  rec_id TEXT NOT NULL,
  kept_body TEXT NOT NULL, -- JSON object: the record body kept here (as sync_records.body)
  other_body TEXT NOT NULL, -- JSON object: the other version
  other_from TEXT,
  at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  resolution TEXT -- 'current' (kept) or 'other' (taken); NULL while open (resolved_at NULL)
);

CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at);

-- Operations for dossier-server not yet acknowledged, oldest first.
CREATE TABLE sync_outbox(
  id INTEGER PRIMARY KEY,
  op_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  rec_id TEXT NOT NULL,
  case_no TEXT,
  volume TEXT,
  base_revision INTEGER NOT NULL, -- the server revision the change was made on (0: a new record)
  deleted INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL, -- JSON object: the record body sent (as sync_records.body)
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);

-- The last known server state of each synced record.
CREATE TABLE sync_records(
  kind TEXT NOT NULL, -- 'case', 'dossier', 'document', 'page', 'qc_review', 'conflict', 'template'
  rec_id TEXT NOT NULL,
  case_no TEXT,
  volume TEXT,
  revision INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL, -- JSON object: the record's body as the server holds it (e.g. a page: {"case_no","document",
  -- "kind","position","page_in_document","sha256",…})
  PRIMARY KEY(kind, rec_id)
);

-- Records from the server's feed this desk could not take, tried again at every sync.
CREATE TABLE sync_set_aside(
  kind TEXT NOT NULL,
  rec_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  record TEXT NOT NULL, -- JSON object: the whole feed record (Record::toJson), or only named when beyond the limit
  code TEXT NOT NULL, -- the Error: its code, English source text (reason) and arguments (args, JSON array of strings)
  reason TEXT NOT NULL,
  args TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY(kind, rec_id)
);

-- Which version of a template this desk uses (TemplateVersions::Release, received through sync).
CREATE TABLE template_releases(
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL
);

-- Every version of a catalogue template the desk holds (TemplateRepository): published ones never change.
CREATE TABLE templates(
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL, -- 'published' or 'draft' (an administrator's, on this desk)
  body TEXT NOT NULL, -- CatalogueTemplate::toJson
  saved_at TEXT NOT NULL,
  saved_by TEXT,
  PRIMARY KEY(id, version)
);

-- A volume of a dossier.
CREATE TABLE volumes(
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
  kind TEXT NOT NULL, -- e.g. 'main'
  number INTEGER NOT NULL DEFAULT 1,
  UNIQUE(dossier_id, kind, number)
);
