-- AlterTable
ALTER TABLE "Allocation" ADD COLUMN     "amountMin" BIGINT;

-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN     "url" TEXT,
ALTER COLUMN "publishedOn" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Designation" ADD COLUMN     "evaluationGroupId" INTEGER,
ADD COLUMN     "inferenceEn" TEXT,
ADD COLUMN     "inferenceKo" TEXT;

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "isOutstanding" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "score" DECIMAL(5,2);

-- AlterTable
ALTER TABLE "EvaluationRound" ADD COLUMN     "announcementId" INTEGER,
ADD COLUMN     "groupId" INTEGER,
ADD COLUMN     "outstandingCount" INTEGER;

-- AlterTable
ALTER TABLE "EvaluationRule" ADD COLUMN     "areaCount" INTEGER,
ADD COLUMN     "cycleSourceId" INTEGER,
ADD COLUMN     "exemptTopPercent" INTEGER,
ADD COLUMN     "exemptionSourceId" INTEGER,
ADD COLUMN     "fieldCount" INTEGER,
ADD COLUMN     "indicatorCount" INTEGER,
ADD COLUMN     "passScore" INTEGER,
ADD COLUMN     "passScoreSourceId" INTEGER,
ADD COLUMN     "structureSourceId" INTEGER;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "amountPerRecipientMin" BIGINT;

-- CreateTable
CREATE TABLE "EvaluationGroup" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "scopeKo" TEXT NOT NULL,
    "scopeEn" TEXT NOT NULL,
    "kinds" "LocalGovernmentKind"[],
    "regionSlugs" TEXT[],
    "firstRoundYear" INTEGER NOT NULL,
    "announcementId" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationGroup_code_key" ON "EvaluationGroup"("code");

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_evaluationGroupId_fkey" FOREIGN KEY ("evaluationGroupId") REFERENCES "EvaluationGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRule" ADD CONSTRAINT "EvaluationRule_cycleSourceId_fkey" FOREIGN KEY ("cycleSourceId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRule" ADD CONSTRAINT "EvaluationRule_passScoreSourceId_fkey" FOREIGN KEY ("passScoreSourceId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRule" ADD CONSTRAINT "EvaluationRule_exemptionSourceId_fkey" FOREIGN KEY ("exemptionSourceId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRule" ADD CONSTRAINT "EvaluationRule_structureSourceId_fkey" FOREIGN KEY ("structureSourceId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationGroup" ADD CONSTRAINT "EvaluationGroup_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRound" ADD CONSTRAINT "EvaluationRound_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "EvaluationGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRound" ADD CONSTRAINT "EvaluationRound_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the schema language cannot express (prisma/README.md), written by hand.
-- A source's address is an http(s) URL; an inference is stated in both languages or neither.
ALTER TABLE "Announcement"
  ADD CONSTRAINT "Announcement_url_format" CHECK ("url" IS NULL OR "url" ~ '^https?://[^\s]+$');
ALTER TABLE "Designation"
  ADD CONSTRAINT "Designation_inference_both_languages" CHECK (("inferenceKo" IS NULL) = ("inferenceEn" IS NULL)),
  ADD CONSTRAINT "Designation_inference_present" CHECK ("inferenceKo" IS NULL OR (btrim("inferenceKo") <> '' AND btrim("inferenceEn") <> ''));
-- A score is out of 100; only a re-designation can be judged outstanding.
ALTER TABLE "Evaluation"
  ADD CONSTRAINT "Evaluation_score_range" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 100),
  ADD CONSTRAINT "Evaluation_outstanding_only_when_redesignated" CHECK (NOT "isOutstanding" OR "outcome" = 'redesignated');
ALTER TABLE "EvaluationRule"
  ADD CONSTRAINT "EvaluationRule_pass_score_range" CHECK ("passScore" IS NULL OR "passScore" BETWEEN 0 AND 100),
  ADD CONSTRAINT "EvaluationRule_exempt_percent_range" CHECK ("exemptTopPercent" IS NULL OR "exemptTopPercent" BETWEEN 1 AND 100),
  ADD CONSTRAINT "EvaluationRule_structure_positive" CHECK (
    ("areaCount" IS NULL OR "areaCount" > 0) AND ("fieldCount" IS NULL OR "fieldCount" > 0) AND ("indicatorCount" IS NULL OR "indicatorCount" > 0));
ALTER TABLE "EvaluationGroup"
  ADD CONSTRAINT "EvaluationGroup_code_format" CHECK ("code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "EvaluationGroup_first_round_range" CHECK ("firstRoundYear" BETWEEN 2020 AND 2100),
  ADD CONSTRAINT "EvaluationGroup_kinds_present" CHECK (cardinality("kinds") > 0);
-- A range's lower bound lies below its upper bound (the amount); 0 when only "up to" is given.
ALTER TABLE "Allocation"
  ADD CONSTRAINT "Allocation_amount_range" CHECK ("amountMin" IS NULL OR ("amountMin" >= 0 AND "amountMin" < "amount"));
ALTER TABLE "Programme"
  ADD CONSTRAINT "Programme_amount_range" CHECK (
    "amountPerRecipientMin" IS NULL OR ("amountPerRecipient" IS NOT NULL AND "amountPerRecipientMin" >= 0 AND "amountPerRecipientMin" < "amountPerRecipient"));
