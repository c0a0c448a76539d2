-- H2: no row-level security (PostgreSQL's V3_1 adds it as a second wall behind the repository's tenant filter). Kept so
-- that both databases report the same schema version.
SELECT 1;
