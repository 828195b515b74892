ALTER TABLE "sessions" ADD COLUMN "pending_code_hash" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "pending_code_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "family_parents" ADD COLUMN "member_id" text;--> statement-breakpoint
ALTER TABLE "family_parents" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "family_parents_member_idx" ON "family_parents" USING btree ("family_id","member_id");