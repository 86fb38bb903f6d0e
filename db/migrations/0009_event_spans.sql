-- The spans are computed by the seed (eventSpan of @aiwatch/data), not here: forgetting the seeded
-- hash and the events makes the next start seed again, so one function computes every span.
DELETE FROM "seed_state";--> statement-breakpoint
DELETE FROM "events";--> statement-breakpoint
DROP INDEX "events_date_idx";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "date_start" date NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "date_end" date NOT NULL;--> statement-breakpoint
CREATE INDEX "events_date_start_idx" ON "events" USING btree ("date_start","id");