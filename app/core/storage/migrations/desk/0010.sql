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
