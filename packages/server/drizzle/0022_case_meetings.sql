CREATE TABLE "case_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"held_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_meetings_case_idx" ON "case_meetings" USING btree ("case_id","starts_at");--> statement-breakpoint
-- A care table recorded as held on a referral before care tables were meetings: one held meeting
-- in the case, at that moment, so the case's history shows it.
INSERT INTO "case_meetings" ("id", "case_id", "status", "starts_at", "content", "version", "sequence", "held_at", "created_at", "updated_at")
SELECT gen_random_uuid(), r."case_id", 'held', r."care_table_held_at",
       jsonb_build_object(
         'purpose', 'Zorgtafel',
         'startsAt', to_char(r."care_table_held_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
         'minutes', 90,
         'place', jsonb_build_object('kind', 'other', 'text', 'Genoteerd bij de aanmelding'),
         'participants', '[]'::jsonb, 'agenda', '[]'::jsonb, 'notes', '',
         'decisions', '[]'::jsonb, 'agreements', '[]'::jsonb),
       1, 0, r."care_table_held_at", r."care_table_held_at", r."care_table_held_at"
  FROM "referrals" r
 WHERE r."care_table_held_at" IS NOT NULL AND r."case_id" IS NOT NULL;
