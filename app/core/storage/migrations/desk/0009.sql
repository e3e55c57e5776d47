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
