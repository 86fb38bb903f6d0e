CREATE TABLE "changes" (
	"id" text PRIMARY KEY NOT NULL,
	"release" text NOT NULL,
	"release_seq" integer NOT NULL,
	"position" integer NOT NULL,
	"table_name" text NOT NULL,
	"record_id" text NOT NULL,
	"kind" text NOT NULL,
	"previous_id" text,
	"entity_ids" text[] NOT NULL,
	"label_en" text NOT NULL,
	"label_zh" text NOT NULL,
	"fields" jsonb NOT NULL,
	"record" jsonb
);
--> statement-breakpoint
CREATE TABLE "releases" (
	"version" text PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL,
	"released_on" date NOT NULL,
	"previous" text,
	"dataset_sha256" text NOT NULL,
	"notes_en" text NOT NULL,
	"notes_zh" text NOT NULL,
	"counts" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"sources_changed" jsonb NOT NULL,
	CONSTRAINT "releases_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
ALTER TABLE "seed_state" ADD COLUMN "release" text;--> statement-breakpoint
ALTER TABLE "changes" ADD CONSTRAINT "changes_release_releases_version_fk" FOREIGN KEY ("release") REFERENCES "public"."releases"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "changes_order_idx" ON "changes" USING btree ("release_seq","position");--> statement-breakpoint
CREATE INDEX "changes_entity_ids_idx" ON "changes" USING gin ("entity_ids");--> statement-breakpoint
CREATE INDEX "changes_record_idx" ON "changes" USING btree ("table_name","record_id");