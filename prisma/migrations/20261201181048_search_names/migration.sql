-- Search that finds what people type (issue 12): loose keys of the romanizations and the search
-- document. Rows that exist keep format 0 here; the first db:migrate, db:seed or npm start after
-- this migration rebuilds them in the current format (lib/place-names/search-refresh.ts,
-- refreshStaleSearchKeys): the keys are made by the application's romanization, not by SQL.

-- AlterTable
ALTER TABLE "LocalGovernment" ADD COLUMN     "searchKeysVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "searchLoose" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchNames" JSONB NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE INDEX "LocalGovernment_searchLoose_trgm_idx" ON "LocalGovernment" USING GIN ("searchLoose" gin_trgm_ops);
