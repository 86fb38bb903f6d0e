-- Rows seeded before this migration get placeholders; the seed that follows rewrites them.
ALTER TABLE "company_facts" ADD COLUMN "basis" text;--> statement-breakpoint
ALTER TABLE "company_facts" ADD COLUMN "agreement" text DEFAULT 'alone' NOT NULL;--> statement-breakpoint
ALTER TABLE "company_facts" ALTER COLUMN "agreement" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "company_facts" ADD COLUMN "reliability" text DEFAULT 'low' NOT NULL;--> statement-breakpoint
ALTER TABLE "company_facts" ALTER COLUMN "reliability" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "fact_groups" ADD COLUMN "basis" text;
