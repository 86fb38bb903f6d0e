ALTER TABLE "company_facts" ADD COLUMN "round_zh" text;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "reference_title_zh" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "review_reference_title_zh" text;--> statement-breakpoint
ALTER TABLE "fact_groups" ADD COLUMN "round_zh" text;--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "review_reference_title_zh" text;--> statement-breakpoint
ALTER TABLE "relations" ADD COLUMN "review_reference_title_zh" text;