CREATE TABLE "company_facts" (
	"id" text PRIMARY KEY NOT NULL,
	"entity_id" text NOT NULL,
	"company_id" text NOT NULL,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	"currency" text,
	"qualifier" text NOT NULL,
	"as_of" text NOT NULL,
	"round" text,
	"investors" text[] NOT NULL,
	"source_id" text NOT NULL,
	"source_text" text NOT NULL,
	"usd" json,
	"group_id" text NOT NULL,
	"rank" text NOT NULL,
	"rank_reason_en" text,
	"rank_reason_zh" text
);
--> statement-breakpoint
CREATE TABLE "fact_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"entity_id" text NOT NULL,
	"company_id" text NOT NULL,
	"metric" text NOT NULL,
	"as_of" text NOT NULL,
	"round" text,
	"agreement" text NOT NULL,
	"claims" integer NOT NULL,
	"low" double precision NOT NULL,
	"high" double precision NOT NULL,
	"currency" text,
	"preferred_id" text,
	"chosen_by" text NOT NULL,
	"reason_en" text NOT NULL,
	"reason_zh" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sources" ALTER COLUMN "file" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "reliability" text;--> statement-breakpoint
ALTER TABLE "company_facts" ADD CONSTRAINT "company_facts_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_facts" ADD CONSTRAINT "company_facts_company_id_entities_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_facts" ADD CONSTRAINT "company_facts_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_facts" ADD CONSTRAINT "company_facts_group_id_fact_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."fact_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_groups" ADD CONSTRAINT "fact_groups_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_groups" ADD CONSTRAINT "fact_groups_company_id_entities_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_facts_company_idx" ON "company_facts" USING btree ("company_id","metric","as_of");--> statement-breakpoint
CREATE INDEX "company_facts_entity_idx" ON "company_facts" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "company_facts_group_idx" ON "company_facts" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "company_facts_source_idx" ON "company_facts" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "fact_groups_company_idx" ON "fact_groups" USING btree ("company_id","metric");--> statement-breakpoint
CREATE INDEX "fact_groups_agreement_idx" ON "fact_groups" USING btree ("agreement");