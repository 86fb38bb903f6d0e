CREATE TABLE "entities" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_zh_hans" text,
	"aliases" text[] NOT NULL,
	"group_ids" text[] NOT NULL,
	"hq" text,
	"founded" integer,
	"description_en" text NOT NULL,
	"description_zh" text NOT NULL,
	"reference_title" text,
	"reference_url" text
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"date_precision" text NOT NULL,
	"date_qualifier" text NOT NULL,
	"kind" text NOT NULL,
	"title_en" text NOT NULL,
	"title_zh" text NOT NULL,
	"entity_ids" text[] NOT NULL,
	"source_id" text NOT NULL,
	"locator" text NOT NULL,
	"source_text" text NOT NULL,
	"review_status" text NOT NULL,
	"review_note_en" text NOT NULL,
	"review_note_zh" text NOT NULL,
	"review_reference_title" text,
	"review_reference_url" text
);
--> statement-breakpoint
CREATE TABLE "figures" (
	"id" text PRIMARY KEY NOT NULL,
	"entity_id" text NOT NULL,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"qualifier" text NOT NULL,
	"lower" double precision,
	"upper" double precision,
	"as_of" date,
	"period" text,
	"source_id" text NOT NULL,
	"locator" text NOT NULL,
	"source_text" text NOT NULL,
	"review_status" text NOT NULL,
	"review_note_en" text NOT NULL,
	"review_note_zh" text NOT NULL,
	"review_reference_title" text,
	"review_reference_url" text,
	"note_en" text,
	"note_zh" text
);
--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"unit" text NOT NULL,
	"description_en" text NOT NULL,
	"description_zh" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relations" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_id" text NOT NULL,
	"predicate" text NOT NULL,
	"object_id" text NOT NULL,
	"value" double precision,
	"unit" text,
	"as_of" date,
	"source_id" text NOT NULL,
	"locator" text NOT NULL,
	"source_text" text NOT NULL,
	"review_status" text NOT NULL,
	"review_note_en" text NOT NULL,
	"review_note_zh" text NOT NULL,
	"review_reference_title" text,
	"review_reference_url" text
);
--> statement-breakpoint
CREATE TABLE "seed_state" (
	"id" text PRIMARY KEY NOT NULL,
	"dataset_hash" text NOT NULL,
	"seeded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"file" text NOT NULL,
	"title" text NOT NULL,
	"title_zh" text NOT NULL,
	"author" text NOT NULL,
	"publisher" text NOT NULL,
	"published_on" date,
	"language" text NOT NULL,
	"url" text NOT NULL,
	"sections" text[] NOT NULL,
	"summary_en" text NOT NULL,
	"summary_zh" text NOT NULL,
	"note_en" text,
	"note_zh" text
);
--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_hq_entities_id_fk" FOREIGN KEY ("hq") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_metric_metrics_id_fk" FOREIGN KEY ("metric") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_subject_id_entities_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_object_id_entities_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entities_type_idx" ON "entities" USING btree ("type");--> statement-breakpoint
CREATE INDEX "entities_group_ids_idx" ON "entities" USING gin ("group_ids");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "events" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "events_entity_ids_idx" ON "events" USING gin ("entity_ids");--> statement-breakpoint
CREATE INDEX "events_source_idx" ON "events" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "figures_entity_idx" ON "figures" USING btree ("entity_id","id");--> statement-breakpoint
CREATE INDEX "figures_metric_idx" ON "figures" USING btree ("metric","id");--> statement-breakpoint
CREATE INDEX "figures_source_idx" ON "figures" USING btree ("source_id","id");--> statement-breakpoint
CREATE INDEX "figures_as_of_idx" ON "figures" USING btree ("as_of");--> statement-breakpoint
CREATE INDEX "relations_subject_idx" ON "relations" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "relations_object_idx" ON "relations" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "relations_predicate_idx" ON "relations" USING btree ("predicate");--> statement-breakpoint
CREATE INDEX "relations_source_idx" ON "relations" USING btree ("source_id");