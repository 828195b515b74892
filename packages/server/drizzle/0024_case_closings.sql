CREATE TABLE "case_closings" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"closed_by" uuid,
	"closed_by_name" text NOT NULL,
	"kept_until" date NOT NULL,
	"retention_years" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_closings" ADD CONSTRAINT "case_closings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_closings" ADD CONSTRAINT "case_closings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;