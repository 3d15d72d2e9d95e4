-- CreateEnum
CREATE TYPE "PublishedMeasure" AS ENUM ('learning_cities', 'new_designations', 'basic_local_governments');

-- AlterTable
ALTER TABLE "Designation" ADD COLUMN     "designatedAsId" INTEGER,
ADD COLUMN     "isCountedByMinistry" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "LocalGovernment" ALTER COLUMN "code" DROP NOT NULL;

-- AlterTable
ALTER TABLE "LocalGovernmentPeriod" ALTER COLUMN "code" DROP NOT NULL;

-- AlterTable
ALTER TABLE "RegionPeriod" ALTER COLUMN "code" DROP NOT NULL;

-- DropTable
DROP TABLE "ReportedTotal";

-- CreateTable
CREATE TABLE "PublishedFigure" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "measure" "PublishedMeasure" NOT NULL,
    "value" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "year" INTEGER,
    "publishedOn" DATE,
    "outlet" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "explanationKo" TEXT,
    "explanationEn" TEXT,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedFigure_slug_key" ON "PublishedFigure"("slug");

-- CreateIndex
CREATE INDEX "PublishedFigure_measure_asOf_idx" ON "PublishedFigure"("measure", "asOf");

-- CreateIndex
CREATE INDEX "Designation_designatedAsId_idx" ON "Designation"("designatedAsId");

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_designatedAsId_fkey" FOREIGN KEY ("designatedAsId") REFERENCES "LocalGovernment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (prisma/README.md: rules the schema language cannot express).
-- A designation carried over names a predecessor, never the holder itself.
ALTER TABLE "Designation"
  ADD CONSTRAINT "Designation_designated_as_other" CHECK ("designatedAsId" IS NULL OR "designatedAsId" <> "localGovernmentId");

-- A published figure: a count, a year only for new designations, a source a reader can open and
-- the sentence that states it, an explanation in both languages or none.
ALTER TABLE "PublishedFigure"
  ADD CONSTRAINT "PublishedFigure_value_range" CHECK ("value" >= 0),
  ADD CONSTRAINT "PublishedFigure_year_for_new" CHECK (("measure" = 'new_designations') = ("year" IS NOT NULL)),
  ADD CONSTRAINT "PublishedFigure_year_range" CHECK ("year" IS NULL OR "year" BETWEEN 2001 AND 2100),
  ADD CONSTRAINT "PublishedFigure_url_format" CHECK ("url" ~ '^https?://'),
  ADD CONSTRAINT "PublishedFigure_quote_present" CHECK (btrim("quote") <> '' AND btrim("outlet") <> ''),
  ADD CONSTRAINT "PublishedFigure_explained_in_both" CHECK (("explanationKo" IS NULL) = ("explanationEn" IS NULL));
