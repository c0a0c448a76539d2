-- H2: nothing to do (PostgreSQL's V2_1 adds a partial index, which H2 lacks); kept so that both databases report the same schema version.
SELECT 1;
