-- 1: cases, dossiers, volumes, documents, batches, pages, processing records and the full-text index.
-- Desk migration 1 (PRAGMA user_version 0 -> 1); the runner bumps the version in the same transaction.
CREATE TABLE cases(
  id INTEGER PRIMARY KEY, case_no TEXT NOT NULL UNIQUE, year INTEGER, court_code TEXT, type_code TEXT,
  sequence INTEGER, classified INTEGER NOT NULL DEFAULT 0, cause TEXT, created_at TEXT NOT NULL);
CREATE TABLE dossiers(
  id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id), external_id TEXT NOT NULL,
  template_id TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE(case_id, external_id));
CREATE TABLE volumes(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), kind TEXT NOT NULL,
  number INTEGER NOT NULL DEFAULT 1, UNIQUE(dossier_id, kind, number));
CREATE TABLE documents(
  id INTEGER PRIMARY KEY, volume_id INTEGER NOT NULL REFERENCES volumes(id), position INTEGER NOT NULL,
  doc_type TEXT NOT NULL, title TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1);
CREATE INDEX documents_volume ON documents(volume_id, position);
CREATE TABLE batches(
  id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, options TEXT, status TEXT NOT NULL);
CREATE TABLE pages(
  id INTEGER PRIMARY KEY, source_key TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
  batch_id INTEGER REFERENCES batches(id), feed_index INTEGER NOT NULL,
  sha256 TEXT, master_format TEXT, master_bytes INTEGER, status TEXT NOT NULL,
  error_code TEXT, error_text TEXT, error_args TEXT,
  kind TEXT, separator_payload TEXT, case_no TEXT, document_id INTEGER REFERENCES documents(id),
  position INTEGER, page_in_document INTEGER, title_line TEXT, rotation INTEGER, skew REAL, dpi INTEGER,
  colour_mode TEXT, width INTEGER, height INTEGER, flags TEXT, text TEXT, ocr_confidence REAL, ocr TEXT,
  transform TEXT, created_at TEXT NOT NULL, processed_at TEXT);
CREATE INDEX pages_sha ON pages(sha256);
CREATE INDEX pages_document ON pages(document_id, position);
CREATE TABLE processing_records(
  id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages(id), step TEXT NOT NULL, params TEXT,
  engine TEXT, at TEXT NOT NULL);
CREATE INDEX processing_page ON processing_records(page_id);
CREATE VIRTUAL TABLE page_fts USING fts5(body, tokenize = 'unicode61');
