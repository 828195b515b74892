ALTER TABLE "referrals" ADD COLUMN "care_table_agreed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "care_table_held_at" timestamp with time zone;