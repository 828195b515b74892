ALTER TABLE "service_search" ADD COLUMN "name_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_search" ADD COLUMN "organization_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "service_search_name_key_idx" ON "service_search" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "service_search_organization_key_idx" ON "service_search" USING gin ("organization_key" gin_trgm_ops);--> statement-breakpoint
-- Names as typed, for the search rows already there (the directory writer keeps them from now on).
UPDATE "service_search" AS ss SET
  "name_key" = btrim(regexp_replace(lower(unaccent(s.name)), '\s+', ' ', 'g')),
  "organization_key" = btrim(regexp_replace(lower(unaccent(o.name)), '\s+', ' ', 'g'))
FROM "services" AS s JOIN "organizations" AS o ON o.id = s.organization_id
WHERE s.id = ss.service_id;
