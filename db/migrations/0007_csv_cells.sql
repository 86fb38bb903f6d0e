-- Cells of the table CSVs written by COPY read as csv-stringify writes them (src/export/copy-select.ts).
-- A double as JavaScript writes it: the fewest digits that read back as the same double (PostgreSQL's
-- own text sometimes has more: 9.500000000000001e+21), plain from 1e-6 up to 1e21, else d.ddde±x.
CREATE OR REPLACE FUNCTION csv_number_text(n double precision) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  d numeric;
  t text;
  e int;
  digits text;
BEGIN
  IF n = 0 THEN RETURN '0'; END IF;
  IF n IN ('NaN', 'Infinity', '-Infinity') THEN RETURN n::text; END IF;
  d := abs(n)::text::numeric;
  FOR k IN 1..2 LOOP
    t := d::text;
    e := CASE WHEN d >= 1 THEN length(split_part(t, '.', 1)) - 1
              ELSE -1 - (length(split_part(t, '.', 2)) - length(ltrim(split_part(t, '.', 2), '0'))) END;
    EXIT WHEN k = 2 OR abs(n) > 1.7e308::float8; -- rounding there may leave the doubles
    -- at most 15 significant digits when they read back as n, else 16, else PostgreSQL's 17
    IF round(d, 14 - e)::float8 = abs(n) THEN d := trim_scale(round(d, 14 - e));
    ELSIF round(d, 15 - e)::float8 = abs(n) THEN d := trim_scale(round(d, 15 - e));
    END IF;
  END LOOP;
  IF e BETWEEN -6 AND 20 THEN RETURN CASE WHEN n < 0 THEN '-' ELSE '' END || t; END IF;
  digits := rtrim(ltrim(replace(t, '.', ''), '0'), '0');
  RETURN CASE WHEN n < 0 THEN '-' ELSE '' END || left(digits, 1)
    || CASE WHEN length(digits) > 1 THEN '.' || substr(digits, 2) ELSE '' END
    || 'e' || CASE WHEN e < 0 THEN '-' ELSE '+' END || abs(e);
END
$$;
--> statement-breakpoint
-- Inlined into queries: from 1e-4 up to 1e15 PostgreSQL's text is JavaScript's (checked on 785,000
-- doubles of 1 to 17 digits), so the usual cell costs one formatting, as in a plain COPY.
CREATE OR REPLACE FUNCTION csv_number(n double precision) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN n IS NULL THEN NULL
    WHEN abs(n) >= 1e-4::float8 AND abs(n) < 1e15::float8 THEN n::text
    ELSE csv_number_text(n)
  END
$$;
--> statement-breakpoint
-- JSON as JSON.stringify writes a value whose object keys were sorted: array-index keys first in
-- numeric order (JavaScript objects keep them so), then the rest in code-point order.
CREATE OR REPLACE FUNCTION csv_json(j jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  CASE jsonb_typeof(j)
    WHEN 'object' THEN
      RETURN '{' || coalesce((
        SELECT string_agg(to_json(k)::text || ':' || csv_json(v), ',' ORDER BY
          CASE WHEN k ~ '^(0|[1-9][0-9]{0,9})$' THEN CASE WHEN k::bigint < 4294967295 THEN k::bigint END END NULLS LAST,
          k COLLATE "C")
        FROM jsonb_each(j) AS e(k, v)), '') || '}';
    WHEN 'array' THEN
      RETURN '[' || coalesce((
        SELECT string_agg(csv_json(v), ',' ORDER BY i) FROM jsonb_array_elements(j) WITH ORDINALITY AS a(v, i)), '') || ']';
    WHEN 'number' THEN
      RETURN csv_number(j::float8);
    ELSE
      RETURN j::text;
  END CASE;
END
$$;
