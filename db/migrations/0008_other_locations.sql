ALTER TABLE "events" ADD COLUMN "other_locations" jsonb;--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "other_locations" jsonb;--> statement-breakpoint
ALTER TABLE "relations" ADD COLUMN "other_locations" jsonb;