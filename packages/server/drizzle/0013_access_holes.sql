CREATE TABLE "auth_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"attempts" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"membership_id" uuid,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"team_id" uuid,
	"role" text NOT NULL,
	"region_provinces" text[] DEFAULT '{}'::text[] NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"decided_by" uuid,
	"decided_by_operator" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
DROP TABLE "auth_failures" CASCADE;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "body_after_sending" text;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "role_grants_org_status_idx" ON "role_grants" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "role_grants_one_pending_per_email" ON "role_grants" USING btree ("organization_id","email") WHERE status = 'pending' AND kind = 'invitation';--> statement-breakpoint
CREATE UNIQUE INDEX "role_grants_one_pending_per_membership" ON "role_grants" USING btree ("membership_id") WHERE status = 'pending' AND kind = 'role_change';--> statement-breakpoint
-- One live invitation per person: of a person's open links, only the newest keeps working.
UPDATE "invitations" AS i SET "revoked_at" = now()
WHERE i."accepted_at" IS NULL AND i."revoked_at" IS NULL AND EXISTS (
  SELECT 1 FROM "invitations" AS newer
  WHERE newer."user_id" = i."user_id" AND newer."accepted_at" IS NULL AND newer."revoked_at" IS NULL
    AND (newer."created_at", newer."id") > (i."created_at", i."id"));--> statement-breakpoint
-- Invitation e-mails lose their link once sent or no longer usable; the others lose it when sent.
UPDATE "outbox_emails" SET "body_after_sending" =
  regexp_replace("body_text", '/uitnodiging/[A-Za-z0-9_-]+', '/uitnodiging/[link verwijderd]', 'g')
WHERE "idempotency_key" LIKE 'invitation:%';--> statement-breakpoint
UPDATE "outbox_emails" AS e SET "body_text" = e."body_after_sending"
WHERE e."body_after_sending" IS NOT NULL AND (e."sent_at" IS NOT NULL OR NOT EXISTS (
  SELECT 1 FROM "invitations" AS i
  WHERE 'invitation:' || i."id"::text = e."idempotency_key"
    AND i."accepted_at" IS NULL AND i."revoked_at" IS NULL));--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_one_live_per_user" ON "invitations" USING btree ("user_id") WHERE accepted_at IS NULL AND revoked_at IS NULL;--> statement-breakpoint
-- One contact person per case: a case that two racing hand-overs left with two coordinators keeps
-- the one added first; the other stays in the team as a member.
UPDATE "case_members" AS m SET "case_role" = 'member'
WHERE m."case_role" = 'coordinator' AND EXISTS (
  SELECT 1 FROM "case_members" AS o
  WHERE o."case_id" = m."case_id" AND o."case_role" = 'coordinator'
    AND (o."added_at", o."user_id") < (m."added_at", m."user_id"));--> statement-breakpoint
CREATE UNIQUE INDEX "case_members_one_coordinator" ON "case_members" USING btree ("case_id") WHERE case_role = 'coordinator';