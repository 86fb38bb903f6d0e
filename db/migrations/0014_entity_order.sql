-- The Companies list sorts and pages in the database: each entity's name rank in English and
-- Traditional Chinese collation (Intl.Collator's, which no PostgreSQL collation reproduces) and its
-- number of figures are computed by the seed. Forgetting the seeded hash makes the next start seed
-- again, so a database seeded before this migration gets them too.
DELETE FROM "seed_state";--> statement-breakpoint
CREATE TABLE "entity_order" (
	"id" text PRIMARY KEY NOT NULL,
	"name_rank_en" integer NOT NULL,
	"name_rank_zh" integer NOT NULL,
	"figure_count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entity_order" ADD CONSTRAINT "entity_order_id_entities_id_fk" FOREIGN KEY ("id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_order_name_en_idx" ON "entity_order" USING btree ("name_rank_en","id");--> statement-breakpoint
CREATE INDEX "entity_order_name_zh_idx" ON "entity_order" USING btree ("name_rank_zh","id");--> statement-breakpoint
CREATE INDEX "entities_hq_idx" ON "entities" USING btree ("hq");