ALTER TABLE "sources" ADD COLUMN "title_original" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "publisher_zh" text;