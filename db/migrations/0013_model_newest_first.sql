-- The AI models table opens newest first: read from this index, its first page no longer sorts every model.
CREATE INDEX "models_newest_idx" ON "models" USING btree ("published_on" DESC NULLS LAST,"id");
