-- PostgreSQL only: waivers still waiting for their approval, found without reading the approved ones (a partial
-- index; H2 has none, its V2_1 is a no-op twin).
CREATE INDEX waiver_pending_idx ON waiver (id) WHERE approved_by IS NULL;
