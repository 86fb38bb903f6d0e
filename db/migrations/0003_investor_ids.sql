-- Rows seeded before this migration get an empty list; the seed that follows rewrites them.
ALTER TABLE "company_facts" ADD COLUMN "investor_ids" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "company_facts" ALTER COLUMN "investor_ids" DROP DEFAULT;
