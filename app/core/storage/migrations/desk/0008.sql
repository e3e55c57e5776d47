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
