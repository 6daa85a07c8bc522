-- A full screening run keeps its snapshot in a file under the data directory (ADR 0012); the token
-- written both into the file and here ties the file to this database: a file from another database,
-- or from before a restore of this one, matches no run and is not used.
alter table screening_run add column kept_snapshot_token uuid;
