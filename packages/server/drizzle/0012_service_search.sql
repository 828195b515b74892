CREATE TABLE "service_search" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"term_mask" bigint NOT NULL,
	"term_lanes" numeric NOT NULL,
	"age_min_months" integer,
	"age_max_months" integer,
	"latitude" double precision,
	"longitude" double precision,
	"rank_norm" double precision NOT NULL,
	"active" boolean NOT NULL,
	"pregnant" boolean NOT NULL,
	"free_of_charge" boolean,
	"serves_flanders" boolean NOT NULL,
	"serves_beyond_province" boolean NOT NULL,
	"name" text NOT NULL,
	"area_provinces" text[] NOT NULL,
	"area_municipalities" text[] NOT NULL,
	"rank_vector" "tsvector" NOT NULL,
	"extra_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_search" ADD CONSTRAINT "service_search_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_search_words_idx" ON "service_search" USING gin (("rank_vector" || "extra_vector"));--> statement-breakpoint
CREATE INDEX "service_search_area_provinces_idx" ON "service_search" USING gin ("area_provinces");--> statement-breakpoint
CREATE INDEX "service_search_area_municipalities_idx" ON "service_search" USING gin ("area_municipalities");--> statement-breakpoint
ALTER TABLE "services" DROP COLUMN "search_vector";