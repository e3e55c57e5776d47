PRAGMA user_version=11;
-- A desk database of schema version 11 with data, written by scripts/make-desk-fixtures.py.
-- testschema builds it and opens it through Database::open, which migrates it to the current version.

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

-- 2: case details for the cover (JSON), archival outputs and their verified copies.
-- Desk migration 2 (PRAGMA user_version 1 -> 2); the runner bumps the version in the same transaction.
ALTER TABLE cases ADD COLUMN info TEXT;
CREATE TABLE outputs(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), kind TEXT NOT NULL,
  path TEXT NOT NULL, sha256 TEXT, bytes INTEGER, created_at TEXT NOT NULL, verified_at TEXT,
  UNIQUE(dossier_id, kind, path));

-- 3: clerks' catalogue edits (kept by later runs), the audit log, QC reviews.
-- Desk migration 3 (PRAGMA user_version 2 -> 3); the runner bumps the version in the same transaction.
ALTER TABLE dossiers ADD COLUMN edited_at TEXT;
ALTER TABLE pages ADD COLUMN removed_volume INTEGER;
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT, dossier_id INTEGER REFERENCES dossiers(id),
  action TEXT NOT NULL, details TEXT);
CREATE INDEX audit_dossier ON audit_log(dossier_id, at);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE qc_reviews(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), document_id INTEGER,
  kind TEXT NOT NULL, reviewer TEXT, result TEXT NOT NULL, note TEXT, at TEXT NOT NULL);

-- 4: dossiers submitted after QC; pages found by their source (the scan station's thumbnails).
-- Desk migration 4 (PRAGMA user_version 3 -> 4); the runner bumps the version in the same transaction.
ALTER TABLE dossiers ADD COLUMN submitted_at TEXT;
ALTER TABLE dossiers ADD COLUMN submitted_by TEXT;
CREATE INDEX pages_source ON pages(source);

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

-- 6: who settled a sync conflict, and how ("current" kept or "other" taken).
-- Desk migration 6 (PRAGMA user_version 5 -> 6); the runner bumps the version in the same transaction.
ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolution TEXT;
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at);

-- 7: records from the feed this desk could not take (invalid, or their image unavailable), kept aside with
-- the reason and tried again at every sync.
-- Desk migration 7 (PRAGMA user_version 6 -> 7); the runner bumps the version in the same transaction.
CREATE TABLE sync_set_aside(
  kind TEXT NOT NULL, rec_id TEXT NOT NULL, revision INTEGER NOT NULL, record TEXT NOT NULL, code TEXT NOT NULL,
  reason TEXT NOT NULL, args TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY(kind, rec_id));

-- 8: the scanning operator and QC reviews travel with sync. A page remembers who scanned it (its batch's
-- operator, until now only in batches.options, which stay on the desk that scanned); existing pages take it from
-- their batch where it was recorded. A QC review gets a stable id across desks (NULL until first synced, as
-- documents and pages), by which a review from another desk is taken once.
-- Desk migration 8 (PRAGMA user_version 7 -> 8); the runner bumps the version in the same transaction.
ALTER TABLE pages ADD COLUMN scanned_by TEXT;
UPDATE pages SET scanned_by = (
  SELECT CASE WHEN json_valid(b.options) THEN CASE WHEN json_type(b.options, '$.operator') = 'text'
    THEN nullif(trim(json_extract(b.options, '$.operator')), '') END END
  FROM batches b WHERE b.id = pages.batch_id)
WHERE batch_id IS NOT NULL;
ALTER TABLE qc_reviews ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX qc_reviews_uid ON qc_reviews(uid);

-- 9: a judge's private notes (issue 13): annotations on a page (highlight, box, comment) and reading notes
-- (阅卷笔记: dispute focus, fact to prove with its status, question for the hearing), bookmarks. A note is keyed to its page
-- row (not to a place in the catalogue), so cataloguing the volume again leaves it attached; it belongs to its
-- author and is deleted by a tombstone (deleted = 1) so that the deletion reaches the author's other desks.
-- Desk migration 9 (PRAGMA user_version 8 -> 9); the runner bumps the version in the same transaction.
CREATE TABLE notes(
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  case_no TEXT NOT NULL,
  author TEXT NOT NULL,
  kind TEXT NOT NULL,
  page_id INTEGER REFERENCES pages(id),
  box TEXT,
  quote TEXT NOT NULL DEFAULT '',
  colour TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  body TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  links TEXT NOT NULL DEFAULT '[]',
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_case ON notes(case_no, author);
CREATE INDEX notes_page ON notes(page_id);

-- 10: the 中间库 desk (issue 14). Every movement of a case's paper is one row (domain/paper.h), never changed once
-- written: check-in, supplement, loan, return, check-out, move, recall. paper_cases holds where each case's paper
-- is now, folded from its movements in the same transaction that records one (a look-up by a scanned label reads
-- one row). case_events are the dates that start and stop the statutory clocks (appeal received, handed to the
-- warehouse, archived, sent to the second instance, case closed, closing notice received).
-- Desk migration 10 (PRAGMA user_version 9 -> 10); the runner bumps the version in the same transaction.
CREATE TABLE paper_movements(
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  case_no TEXT NOT NULL,
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX paper_movements_case ON paper_movements(case_no, at);
CREATE INDEX paper_movements_at ON paper_movements(at);
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
CREATE INDEX paper_cases_location ON paper_cases(location);
CREATE INDEX paper_cases_due ON paper_cases(status, due);
CREATE INDEX paper_cases_holder ON paper_cases(holder);
CREATE INDEX paper_cases_requests ON paper_cases(requests);
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

-- 11: templates as the court's data (issue 15). Every version of a catalogue template the desk received (or an
-- administrator drafts here) is one row; a published version never changes. template_releases say which version
-- this desk uses (a staged rollout names accounts or courts; the rest keep `previous`). A dossier records the
-- version it was catalogued with; a document whose type a clerk chose by hand is marked, so that a template's
-- migration says so before it changes it.
-- Desk migration 11 (PRAGMA user_version 10 -> 11); the runner bumps the version in the same transaction.
CREATE TABLE templates(
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL, -- 'published' (received through sync, or built in) or 'draft' (an administrator's)
  body TEXT NOT NULL, -- the template's JSON (CatalogueTemplate::toJson)
  saved_at TEXT NOT NULL,
  saved_by TEXT,
  PRIMARY KEY(id, version)
);
CREATE TABLE template_releases(
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL -- TemplateVersions::Release::toJson
);
ALTER TABLE dossiers ADD COLUMN template_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN type_by_hand INTEGER NOT NULL DEFAULT 0;
-- Templates published before versions were kept: the one version each desk held.
INSERT OR IGNORE INTO templates(id, version, status, body, saved_at)
  SELECT substr(key, 10), CAST(json_extract(value, '$.version') AS INTEGER), 'published', value,
         strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM settings WHERE key LIKE 'template:%' AND json_valid(value) AND json_extract(value, '$.version') >= 1;
DELETE FROM settings WHERE key LIKE 'template:%';

-- Rows of version 11.
INSERT INTO cases(id, case_no, year, court_code, type_code, sequence, classified, cause, created_at, info) VALUES(1, '(2023)京0105民初1234号', 2023, '0105', '民初', 1234, 0, '买卖合同纠纷', '2023-12-01T09:00:00.000Z', '{"case_no":"(2023)京0105民初1234号","checked_by":"王芳","classified":false,"clerk":"赵磊","closed":"2023-11-30","cause":"买卖合同纠纷","court":"北京市朝阳区人民法院","defendants":["李四"],"dossier_id":"D-2023-0001","filed_by":"赵磊","filed_on":"2023-12-05","judge":"陈静","name_variants":[],"plaintiffs":["张三"],"received":"2023-03-14","result":"调解","retention":"永久","third_parties":[],"volume_kind":"main"}');
INSERT INTO cases(id, case_no, year, court_code, type_code, sequence, classified, cause, created_at) VALUES(2, '(2024)京0105刑初77号', 2024, '0105', '刑初', 77, 1, NULL, '2024-01-08T10:30:00.000Z');
INSERT INTO dossiers(id, case_id, external_id, template_id, created_at, edited_at, submitted_at, submitted_by) VALUES(1, 1, 'D-2023-0001', 'civil-first-instance-main', '2023-12-01T09:00:01.000Z', '2023-12-02T15:20:00.000Z', '2023-12-03T08:00:00.000Z', '王芳');
INSERT INTO dossiers(id, case_id, external_id, template_id, created_at) VALUES(2, 2, 'D-2024-0002', 'civil-first-instance-main', '2024-01-08T10:30:01.000Z');
INSERT INTO volumes(id, dossier_id, kind, number) VALUES(1, 1, 'main', 1);
INSERT INTO volumes(id, dossier_id, kind, number) VALUES(2, 2, 'main', 1);
INSERT INTO documents(id, volume_id, position, doc_type, title, revision, uid) VALUES(1, 1, 0, '起诉状', '民事起诉状', 2, 'd0c-0001');
INSERT INTO documents(id, volume_id, position, doc_type, title, revision, uid) VALUES(2, 1, 1, '证据', '证据材料; 合同 ''A'' -- 第一份', 1, 'd0c-0002');
INSERT INTO documents(id, volume_id, position, doc_type, title, revision) VALUES(3, 2, 0, '卷宗封面', '卷宗封面', 1);
INSERT INTO batches(id, started_at, finished_at, options, status) VALUES(1, '2023-12-01T09:00:00.000Z', '2023-12-01T09:04:10.000Z', '{"case":"(2023)京0105民初1234号","device":"scanner-2","inputs":["/scans/2023-12-01"],"jobs":2,"languages":"chi_sim+eng","operator":"赵磊","template":"civil-first-instance-main"}', 'done');
INSERT INTO pages(id, source_key, source, batch_id, feed_index, created_at, scanned_by, sha256, master_format, master_bytes, kind, case_no, document_id, position, page_in_document, title_line, rotation, skew, dpi, colour_mode, width, height, flags, text, ocr_confidence, ocr, transform, processed_at, status, uid) VALUES(1, 'scanner-2/2023-12-01/001', '/scans/2023-12-01/scan-01.tif', 1, 0, '2023-12-01T09:01:00.000Z', '赵磊', '1111111111111111111111111111111111111111111111111111111111111111', 'tif', 2500001, 'content', NULL, 1, 0, 1, '民事起诉状', 0, 0.4, 300, 'gray', 2456, 3500, '["low_dpi"]', 'Contract 民事起诉状 原告：张三；被告：李四; 诉讼请求 -- 见 ''A''', 91.0, '{"lines":[{"b":[120,200,1800,60],"c":91,"t":"Contract 民事起诉状","w":[{"b":[120,200,400,60],"c":93,"t":"Contract"},{"b":[560,200,1360,60],"c":89,"t":"民事起诉状"}]}]}', '{"crop":[12,8,2456,3500],"quarter_turns":0,"scale":1,"size":[2456,3500],"skew":0.4}', '2023-12-01T09:03:00.000Z', 'done', 'p4g-0001');
INSERT INTO pages(id, source_key, source, batch_id, feed_index, created_at, scanned_by, sha256, master_format, master_bytes, kind, case_no, document_id, position, page_in_document, title_line, rotation, skew, dpi, colour_mode, width, height, flags, text, ocr_confidence, ocr, transform, processed_at, status, uid) VALUES(2, 'scanner-2/2023-12-01/002', '/scans/2023-12-01/scan-02.tif', 1, 1, '2023-12-01T09:02:00.000Z', '赵磊', '2222222222222222222222222222222222222222222222222222222222222222', 'tif', 2500002, 'content', NULL, 1, 1, 2, NULL, 0, 0.4, 300, 'gray', 2456, 3500, '[]', '第二页 事实与理由', 91.0, '{"lines":[{"b":[120,200,1800,60],"c":91,"t":"Contract 民事起诉状","w":[{"b":[120,200,400,60],"c":93,"t":"Contract"},{"b":[560,200,1360,60],"c":89,"t":"民事起诉状"}]}]}', '{"crop":[12,8,2456,3500],"quarter_turns":0,"scale":1,"size":[2456,3500],"skew":0.4}', '2023-12-01T09:03:00.000Z', 'done', 'p4g-0002');
INSERT INTO pages(id, source_key, source, batch_id, feed_index, created_at, scanned_by, sha256, master_format, master_bytes, kind, case_no, document_id, position, page_in_document, title_line, rotation, skew, dpi, colour_mode, width, height, flags, text, ocr_confidence, ocr, transform, processed_at, status, uid) VALUES(3, 'scanner-2/2023-12-01/003', '/scans/2023-12-01/scan-03.tif', 1, 2, '2023-12-01T09:03:00.000Z', '赵磊', '3333333333333333333333333333333333333333333333333333333333333333', 'tif', 2500003, 'content', NULL, 2, 0, 1, '民事起诉状', 0, 0.4, 300, 'gray', 2456, 3500, '["blank_suggested","residual_skew"]', '证据 合同 编号 HT-2023-17', 91.0, '{"lines":[{"b":[120,200,1800,60],"c":91,"t":"Contract 民事起诉状","w":[{"b":[120,200,400,60],"c":93,"t":"Contract"},{"b":[560,200,1360,60],"c":89,"t":"民事起诉状"}]}]}', '{"crop":[12,8,2456,3500],"quarter_turns":0,"scale":1,"size":[2456,3500],"skew":0.4}', '2023-12-01T09:03:00.000Z', 'done', 'p4g-0003');
INSERT INTO pages(id, source_key, source, batch_id, feed_index, created_at, scanned_by, status, error_code, error_text, error_args, processed_at) VALUES(4, 'scanner-2/2023-12-01/004', '/scans/2023-12-01/scan-04.tif', 1, 3, '2023-12-01T09:04:00.000Z', '赵磊', 'error', 'image_unreadable', 'The image %1 cannot be read.', '["scan-04.tif"]', '2023-12-01T09:04:00.000Z');
INSERT INTO pages(id, source_key, source, batch_id, feed_index, created_at, scanned_by, sha256, master_format, master_bytes, kind, case_no, title_line, rotation, skew, dpi, colour_mode, width, height, flags, text, ocr_confidence, ocr, transform, processed_at, status, document_id, position, page_in_document, removed_volume) VALUES(5, 'scanner-2/2023-12-01/005', '/scans/2023-12-01/scan-05.tif', 1, 4, '2023-12-01T09:05:00.000Z', '赵磊', '5555555555555555555555555555555555555555555555555555555555555555', 'tif', 2500005, 'content', NULL, NULL, 0, 0.4, 300, 'gray', 2456, 3500, '["low_ocr_confidence"]', '附页', 91.0, '{"lines":[{"b":[120,200,1800,60],"c":91,"t":"Contract 民事起诉状","w":[{"b":[120,200,400,60],"c":93,"t":"Contract"},{"b":[560,200,1360,60],"c":89,"t":"民事起诉状"}]}]}', '{"crop":[12,8,2456,3500],"quarter_turns":0,"scale":1,"size":[2456,3500],"skew":0.4}', '2023-12-01T09:03:00.000Z', 'removed', NULL, NULL, NULL, 1);
INSERT INTO processing_records(id, page_id, step, params, engine, at) VALUES(1, 1, 'image', '{"crop":[12,8,2456,3500],"quarter_turns":0,"scale":1,"size":[2456,3500],"skew":0.4}', 'leptonica', '2023-12-01T09:03:00.000Z');
INSERT INTO processing_records(id, page_id, step, params, engine, at) VALUES(2, 1, 'ocr', '{"confidence":91}', 'tesseract 5.3.0', '2023-12-01T09:03:00.000Z');
INSERT INTO processing_records(id, page_id, step, params, engine, at) VALUES(3, 3, 'image', '{"crop":[12,8,2456,3500],"quarter_turns":0,"scale":1,"size":[2456,3500],"skew":0.4}', 'leptonica', '2023-12-01T09:03:00.000Z');
INSERT INTO outputs(id, dossier_id, kind, path, sha256, bytes, created_at, verified_at) VALUES(1, 1, 'pdfa', '/archive/2023-1234/main.pdf', 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc', 1048576, '2023-12-04T10:00:00Z', '2023-12-04T10:00:00Z');
INSERT INTO outputs(id, dossier_id, kind, path, created_at, verified_at) VALUES(2, 1, 'copy', '/mnt/copy/2023-1234', '2023-12-04T10:01:00Z', '2023-12-04T10:01:00Z');
INSERT INTO audit_log(id, at, actor, dossier_id, action, details) VALUES(1, '2023-12-02T15:20:00.000Z', '赵磊', 1, 'set title', '{"document":2,"title":"证据材料; 合同 ''A'' -- 第一份"}');
INSERT INTO audit_log(id, at, actor, dossier_id, action, details) VALUES(2, '2024-01-08T10:29:00.000Z', '赵磊', NULL, 'scan refused: classified', '{"case_no":"(2024)京0105刑初77号","device":"scanner-2"}');
INSERT INTO settings(key, value) VALUES('print/seal', '档案专用章');
INSERT INTO settings(key, value) VALUES('sync/server', 'https://dossier.example/api');
INSERT INTO templates(id, version, status, body, saved_at) VALUES('civil-first-instance-main', 2, 'published', '{"id":"civil-first-instance-main","version":2,"name":"民事一审正卷","items":[{"code":"complaint","name":"起诉状","titles":["起诉状"]},{"code":"other","name":"其他材料"}]}', '2024-04-01T00:00:00Z');
INSERT INTO qc_reviews(id, dossier_id, document_id, kind, reviewer, result, note, at) VALUES(1, 1, 1, 'sample', '王芳', 'ok', '页码连续', '2023-12-02T16:00:00.000Z');
INSERT INTO sync_records(kind, rec_id, case_no, volume, revision, deleted, body) VALUES('page', 'p4g-0001', '(2023)京0105民初1234号', 'main', 3, 0, '{"case_no":"(2023)京0105民初1234号","document":"d0c-0001","kind":"content","page_in_document":1,"position":0,"sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}');
INSERT INTO sync_records(kind, rec_id, case_no, volume, revision, deleted, body) VALUES('document', 'd0c-0001', '(2023)京0105民初1234号', 'main', 2, 0, '{"doc_type":"起诉状","position":0,"title":"民事起诉状"}');
INSERT INTO sync_outbox(id, op_id, kind, rec_id, case_no, volume, base_revision, deleted, body, created_at, attempts, last_error) VALUES(1, 'op-6f1c', 'document', 'd0c-0002', '(2023)京0105民初1234号', 'main', 0, 0, '{"doc_type":"证据","position":1,"title":"证据材料; 合同 ''A'' -- 第一份"}', '2024-02-01T08:00:00.000Z', 2, 'timeout');
INSERT INTO sync_conflicts(id, kind, rec_id, kept_body, other_body, other_from, at, resolved_at, resolved_by, resolution) VALUES(1, 'document', 'd0c-0001', '{"title":"民事起诉状"}', '{"title":"起诉状（修改）"}', 'desk-2', '2024-02-02T09:00:00.000Z', '2024-02-03T09:00:00.000Z', '王芳', 'current');
INSERT INTO notes(id, uid, case_no, author, kind, page_id, box, quote, colour, tags, body, created_at, updated_at) VALUES(1, 'n0te-0001', '(2023)京0105民初1234号', '陈静', 'highlight', 1, '[120,200,400,60]', '民事起诉状', 'yellow', '["争点"]', '合同 ''A'' -- 第一份', '2024-03-01T08:00:00.000Z', '2024-03-01T08:00:00.000Z');
INSERT INTO notes(id, uid, case_no, author, kind, colour, status, links, position, created_at, updated_at) VALUES(2, 'n0te-0002', '(2023)京0105民初1234号', '陈静', 'fact', 'yellow', 'disputed', '["n0te-0001"]', 1, '2024-03-01T08:01:00.000Z', '2024-03-01T08:01:00.000Z');
INSERT INTO page_fts(rowid, body) VALUES(1, 'Contract 民 事 起 诉 状 原 告 ： 张 三 ； 被 告 ： 李 四 ; 诉 讼 请 求 -- 见 ''A''');
INSERT INTO page_fts(rowid, body) VALUES(2, '第 二 页 事 实 与 理 由');
INSERT INTO page_fts(rowid, body) VALUES(3, '证 据 合 同 编 号 HT-2023-17');
