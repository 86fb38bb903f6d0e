-- Searches (`q`) match anywhere in names and texts (ILIKE '%…%'): trigram indexes serve them. pg_trgm
-- is a trusted extension on PostgreSQL 13+, and PGlite loads it from its contrib bundle (client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- A row's searched columns as one text, so one index per table serves a search of them all. The
-- unit separator (U+001F) keeps a search from matching across two fields. array_to_string is only
-- STABLE (it could print any element type); for text[] its result depends on nothing else.
CREATE OR REPLACE FUNCTION search_text(VARIADIC parts text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(parts, E'\x1f') $$;--> statement-breakpoint
CREATE INDEX "entities_search_idx" ON "entities" USING gin (search_text(VARIADIC ARRAY["id", "name_en", "name_zh", "name_zh_hans"]::text[] || "aliases") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin (search_text(VARIADIC ARRAY["title_en", "title_zh", "source_text", jsonb_path_query_array("other_locations", '$[*].source_text')::text]::text[]) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "figures_search_idx" ON "figures" USING gin (search_text(VARIADIC ARRAY["source_text", "note_en", "note_zh", jsonb_path_query_array("other_locations", '$[*].source_text')::text]::text[]) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "relations_search_idx" ON "relations" USING gin (search_text(VARIADIC ARRAY["source_text", jsonb_path_query_array("other_locations", '$[*].source_text')::text]::text[]) gin_trgm_ops);