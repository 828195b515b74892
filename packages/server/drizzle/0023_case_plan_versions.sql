CREATE TABLE "case_plan_versions" (
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"change" jsonb NOT NULL,
	"evaluation" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	CONSTRAINT "case_plan_versions_case_id_number_pk" PRIMARY KEY("case_id","number")
);
--> statement-breakpoint
ALTER TABLE "case_plan_versions" ADD CONSTRAINT "case_plan_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_versions" ADD CONSTRAINT "case_plan_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;