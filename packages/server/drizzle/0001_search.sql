-- Search: Dutch stemming without accents, trigram typo tolerance, GIN indexes for filters.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION omringd_nl (COPY = pg_catalog.dutch);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION omringd_nl ALTER MAPPING FOR hword, hword_part, word, asciihword, asciiword, hword_asciipart WITH unaccent, dutch_stem;
--> statement-breakpoint
CREATE INDEX services_search_vector_idx ON services USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX services_term_codes_idx ON services USING gin (term_codes);
--> statement-breakpoint
CREATE INDEX services_area_provinces_idx ON services USING gin (area_provinces);
--> statement-breakpoint
CREATE INDEX services_area_municipalities_idx ON services USING gin (area_municipalities);
--> statement-breakpoint
CREATE INDEX search_lexicon_trgm_idx ON search_lexicon USING gist (word gist_trgm_ops);
