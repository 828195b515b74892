ALTER TABLE "locations" ADD COLUMN "street_2" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "attention" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "state_province" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "country" text DEFAULT 'BE' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "address_type" text;--> statement-breakpoint
ALTER TABLE "phones" ADD COLUMN "extension" integer;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "dtstart" date;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "timezone" double precision;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "until" date;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "count" integer;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "wkst" text;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "interval" integer;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "byweekno" text;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "bymonthday" text;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "byyearday" text;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "schedule_link" text;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "area_descriptions" jsonb DEFAULT '[]'::jsonb NOT NULL;