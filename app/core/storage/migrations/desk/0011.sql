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
