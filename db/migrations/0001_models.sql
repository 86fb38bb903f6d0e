CREATE TABLE "models" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"key" text NOT NULL,
	"developers" jsonb NOT NULL,
	"developer_ids" text[] NOT NULL,
	"countries" text[] NOT NULL,
	"published_on" date,
	"date_precision" text,
	"domains" text[] NOT NULL,
	"tasks" text[] NOT NULL,
	"parameters" double precision,
	"training_compute" double precision,
	"hardware" text[] NOT NULL,
	"accessibility" text,
	"open_weights" boolean,
	"link" text,
	"source_id" text NOT NULL,
	"cells" jsonb NOT NULL
);
--> statement-breakpoint
-- Sources seeded before this migration are all documents; the seed that follows rewrites them anyway.
ALTER TABLE "sources" ADD COLUMN "kind" text;--> statement-breakpoint
UPDATE "sources" SET "kind" = 'document';--> statement-breakpoint
ALTER TABLE "sources" ALTER COLUMN "kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "licence" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "sha256" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "row_count" integer;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "models_published_idx" ON "models" USING btree ("published_on","id");--> statement-breakpoint
CREATE INDEX "models_developer_ids_idx" ON "models" USING gin ("developer_ids");--> statement-breakpoint
CREATE INDEX "models_countries_idx" ON "models" USING gin ("countries");--> statement-breakpoint
CREATE INDEX "models_domains_idx" ON "models" USING gin ("domains");