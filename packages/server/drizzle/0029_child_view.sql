ALTER TABLE "family_parents" ADD COLUMN "child_view_decision" text;--> statement-breakpoint
ALTER TABLE "family_parents" ADD COLUMN "child_view_decided_by" text;--> statement-breakpoint
ALTER TABLE "family_parents" ADD COLUMN "child_view_decided_at" timestamp with time zone;