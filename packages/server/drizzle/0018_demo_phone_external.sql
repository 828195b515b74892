ALTER TABLE "users" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "external_referrer" jsonb;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "external_route" jsonb;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "follow_up_at" timestamp with time zone;