CREATE TABLE "referral_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"side" text NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral_messages" ADD CONSTRAINT "referral_messages_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_messages" ADD CONSTRAINT "referral_messages_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_messages_referral_idx" ON "referral_messages" USING btree ("referral_id","at");--> statement-breakpoint
-- The feedback given with each step was kept on its event; each becomes a message of the thread.
INSERT INTO "referral_messages" ("id", "referral_id", "at", "by_user_id", "by_name", "side", "body")
SELECT e."id", e."referral_id", e."at", e."by_user_id", COALESCE(u."display_name", ''),
  CASE WHEN e."by_user_id" = r."referrer_user_id" THEN 'referrer' ELSE 'receiver' END, e."note"
FROM "referral_events" e
JOIN "referrals" r ON r."id" = e."referral_id"
LEFT JOIN "users" u ON u."id" = e."by_user_id"
WHERE e."note" <> '' AND e."from_status" IS NOT NULL;
