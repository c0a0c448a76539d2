-- PostgreSQL only: workbooks are zip archives already; storing them without another compression attempt saves the
-- server the work (H2 has no storage modes).
ALTER TABLE dataset_file ALTER COLUMN content SET STORAGE EXTERNAL;
