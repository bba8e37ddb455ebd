-- An import from the web page may set bad rows aside (quarantine) and may read the file through an import profile:
-- the history says how many rows were left out, and which profile read it.
alter table import_batch add column rows_rejected integer default 0 not null;
alter table import_batch add column profile varchar(100);
