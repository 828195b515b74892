CREATE TABLE "case_bridging" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"wait_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"service_id" uuid,
	"provider" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_signals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"category" text NOT NULL,
	"region" text NOT NULL,
	"text" text NOT NULL,
	"recorded_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_waits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"service_id" uuid,
	"service_name" text NOT NULL,
	"organization_name" text NOT NULL,
	"region" text NOT NULL,
	"since" date NOT NULL,
	"expected_weeks" integer,
	"status" text NOT NULL,
	"status_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_bridging" ADD CONSTRAINT "case_bridging_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_bridging" ADD CONSTRAINT "case_bridging_wait_id_case_waits_id_fk" FOREIGN KEY ("wait_id") REFERENCES "public"."case_waits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_bridging" ADD CONSTRAINT "case_bridging_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_signals" ADD CONSTRAINT "case_signals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_waits" ADD CONSTRAINT "case_waits_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_waits" ADD CONSTRAINT "case_waits_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_bridging_wait" ON "case_bridging" USING btree ("wait_id");--> statement-breakpoint
CREATE INDEX "case_signals_case" ON "case_signals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_signals_recorded" ON "case_signals" USING btree ("recorded_on");--> statement-breakpoint
CREATE INDEX "case_waits_case" ON "case_waits" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_waits_open_service" ON "case_waits" USING btree ("service_id") WHERE status in ('waiting', 'offered');--> statement-breakpoint
CREATE UNIQUE INDEX "case_waits_one_open" ON "case_waits" USING btree ("case_id","service_id") WHERE status in ('waiting', 'offered');