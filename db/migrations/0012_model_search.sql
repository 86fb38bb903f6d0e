-- A model's developers are JSON; `q` reads their names only, as one text with the model's name, so
-- a trigram index serves the search (until now every model was read). The subquery makes this a
-- function of its own; its result depends on its argument alone, hence IMMUTABLE. JSON that is not
-- an array (never in the data, but the column accepts it) has no names rather than failing a write.
CREATE OR REPLACE FUNCTION developer_names(developers jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN jsonb_typeof(developers) = 'array' THEN ARRAY(SELECT d->>'name' FROM jsonb_array_elements(developers) d) ELSE '{}'::text[] END $$;--> statement-breakpoint
CREATE INDEX "models_search_idx" ON "models" USING gin (search_text(VARIADIC ARRAY["name"]::text[] || developer_names("developers")) gin_trgm_ops);
