CREATE TABLE "case_supporters" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"network_person_id" text NOT NULL,
	"invited_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_supporters_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "case_supporters" ADD CONSTRAINT "case_supporters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_supporters" ADD CONSTRAINT "case_supporters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_supporters_person_idx" ON "case_supporters" USING btree ("case_id","network_person_id");