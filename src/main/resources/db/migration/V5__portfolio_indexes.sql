-- Indexes found with the benchmark harness (docs/benchmarks.md). Like V1, portable between H2 and PostgreSQL.

-- The portfolio page lists partners by name within a stage: an index in that order reads just the page instead of
-- sorting every partner of the stage (16,000 active ones in the benchmark) for each request.
create index ix_partner_stage_name on partner (stage, name, id);
create index ix_partner_name on partner (name, id);
