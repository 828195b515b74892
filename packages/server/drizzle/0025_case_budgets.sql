CREATE TABLE "budget_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"position" bigserial NOT NULL,
	"fund_id" uuid NOT NULL,
	"case_id" uuid,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"action_id" text,
	"service_id" uuid,
	"provider_name" text,
	"from_on" date,
	"to_on" date,
	"paid_on" date,
	"commitment_id" uuid,
	"reverses" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_extensions" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"months" integer NOT NULL,
	"reason" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by_name" text NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_name" text,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_funds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_key" text NOT NULL,
	"region" text NOT NULL,
	"year" integer NOT NULL,
	"backpack_cents" bigint NOT NULL,
	"structural_cents" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_budgets" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"programme_key" text NOT NULL,
	"programme_version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"maximum_cents" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"justification" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_entries" ADD CONSTRAINT "budget_entries_fund_id_budget_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."budget_funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_entries" ADD CONSTRAINT "budget_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_entries" ADD CONSTRAINT "budget_entries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_entries" ADD CONSTRAINT "budget_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_extensions" ADD CONSTRAINT "budget_extensions_case_id_case_budgets_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_budgets"("case_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_budgets" ADD CONSTRAINT "case_budgets_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_budgets" ADD CONSTRAINT "case_budgets_fund_id_budget_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."budget_funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_budgets" ADD CONSTRAINT "case_budgets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_entries_case" ON "budget_entries" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "budget_entries_fund" ON "budget_entries" USING btree ("fund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_entries_reverses_once" ON "budget_entries" USING btree ("reverses");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_funds_programme_region_year" ON "budget_funds" USING btree ("programme_key","region","year");