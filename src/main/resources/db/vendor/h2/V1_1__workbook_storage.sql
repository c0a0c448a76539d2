-- H2: nothing to do; PostgreSQL's V1_1 sets the storage of workbook bytes (no such setting in H2). Kept so that both
-- databases report the same schema version.
SELECT 1;
