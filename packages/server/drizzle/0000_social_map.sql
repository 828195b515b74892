CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"name" text,
	"title" text,
	"department" text,
	"email" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"municipality_nis" text,
	"latitude" double precision,
	"longitude" double precision,
	CONSTRAINT "locations_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"nis" text PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_fr" text,
	"province" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"description" text NOT NULL,
	"email" text,
	"website" text,
	"source" text,
	"last_modified" timestamp with time zone NOT NULL,
	CONSTRAINT "organizations_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "phones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"service_id" uuid,
	"contact_id" uuid,
	"number" text NOT NULL,
	"type" text,
	"description" text,
	"valid_from" date,
	"valid_to" date,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postal_codes" (
	"postcode" text NOT NULL,
	"nis" text NOT NULL,
	CONSTRAINT "postal_codes_postcode_nis_pk" PRIMARY KEY("postcode","nis")
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid,
	"location_id" uuid,
	"description" text,
	"freq" text,
	"byday" text[],
	"opens_at" text,
	"closes_at" text,
	"dates" date[],
	"valid_from" date,
	"valid_to" date,
	"attending_type" text,
	"notes" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_lexicon" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_at_locations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	CONSTRAINT "service_at_locations_pair" UNIQUE("service_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"description" text NOT NULL,
	"url" text,
	"email" text,
	"status" text NOT NULL,
	"application_process" text,
	"eligibility_description" text,
	"fees_description" text,
	"free_of_charge" boolean,
	"wait_time" text,
	"capacity" jsonb,
	"age_min_months" integer,
	"age_max_months" integer,
	"during_pregnancy" boolean DEFAULT false NOT NULL,
	"serves_flanders" boolean DEFAULT false NOT NULL,
	"serves_beyond_province" boolean DEFAULT false NOT NULL,
	"area_provinces" text[] DEFAULT '{}' NOT NULL,
	"area_municipalities" text[] DEFAULT '{}' NOT NULL,
	"term_codes" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"source" text,
	"last_modified" timestamp with time zone NOT NULL,
	"search_extra" text,
	"search_vector" "tsvector",
	CONSTRAINT "services_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_codes" ADD CONSTRAINT "postal_codes_nis_municipalities_nis_fk" FOREIGN KEY ("nis") REFERENCES "public"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_at_locations" ADD CONSTRAINT "service_at_locations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_at_locations" ADD CONSTRAINT "service_at_locations_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_service_idx" ON "contacts" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "locations_organization_idx" ON "locations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "phones_service_idx" ON "phones" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "phones_organization_idx" ON "phones" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "schedules_service_idx" ON "schedules" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "schedules_location_idx" ON "schedules" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "sal_location_idx" ON "service_at_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "services_organization_idx" ON "services" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "services_last_modified_idx" ON "services" USING btree ("last_modified");