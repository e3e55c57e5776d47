-- Server migration 3 (issue 13): a judge's private notes. A note record belongs to the user who wrote it
-- (records.owner; NULL for every other kind of record, which is seen by the rules of its case). The feed never
-- carries a record with an owner to anyone else.
ALTER TABLE records ADD COLUMN owner TEXT;
