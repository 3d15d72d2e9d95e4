-- CreateEnum
CREATE TYPE "DesignationEndReason" AS ENUM ('cancelled', 'withdrawn');

-- AlterTable: the stored status becomes the record of an ending outside an evaluation; the
-- standing itself is derived (lib/designations/schedule.ts). Data carried over before the drop.
ALTER TABLE "Designation"
ADD COLUMN     "designatedOn" DATE,
ADD COLUMN     "endReason" "DesignationEndReason",
ADD COLUMN     "endedByYear" INTEGER,
ADD COLUMN     "evaluationCohortYear" INTEGER;

UPDATE "Designation" SET "endReason" = "status"::text::"DesignationEndReason" WHERE "status" <> 'active';

DROP INDEX "Designation_one_active_per_local_government";
ALTER TABLE "Designation" DROP CONSTRAINT "Designation_active_has_not_ended";
ALTER TABLE "Designation" DROP COLUMN "status";

-- AlterTable
ALTER TABLE "Evaluation" ALTER COLUMN "outcome" SET NOT NULL;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarToken" TEXT;

-- DropEnum
DROP TYPE "DesignationStatus";

-- CreateTable
CREATE TABLE "EvaluationRule" (
    "id" SERIAL NOT NULL,
    "effectiveFromYear" INTEGER NOT NULL,
    "firstAfterYears" INTEGER NOT NULL,
    "intervalYears" INTEGER NOT NULL,
    "followUpYears" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRound" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "evaluatedCount" INTEGER,
    "redesignatedCount" INTEGER,
    "scopeKo" TEXT,
    "scopeEn" TEXT,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportedTotal" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportedTotal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRule_effectiveFromYear_key" ON "EvaluationRule"("effectiveFromYear");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRound_year_key" ON "EvaluationRound"("year");

-- CreateIndex
CREATE UNIQUE INDEX "ReportedTotal_year_key" ON "ReportedTotal"("year");

-- CreateIndex
CREATE INDEX "Evaluation_dueYear_idx" ON "Evaluation"("dueYear");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarToken_key" ON "User"("calendarToken");

-- ---- Rules the schema language cannot express (prisma/README.md) ----

-- An ending is dated, or bounded by the year it had certainly happened by; a designation that
-- has not ended carries neither. A day given wins over a bound.
ALTER TABLE "Designation"
  ADD CONSTRAINT "Designation_ending_dated" CHECK (
    ("endReason" IS NULL AND "endedOn" IS NULL AND "endedByYear" IS NULL)
    OR ("endReason" IS NOT NULL AND ("endedOn" IS NOT NULL OR "endedByYear" IS NOT NULL))),
  ADD CONSTRAINT "Designation_ended_after_designation" CHECK (
    ("endedOn" IS NULL OR EXTRACT(YEAR FROM "endedOn") >= "designatedByYear")
    AND ("endedByYear" IS NULL OR "endedByYear" >= "designatedByYear")),
  ADD CONSTRAINT "Designation_designated_on_in_year" CHECK ("designatedOn" IS NULL OR EXTRACT(YEAR FROM "designatedOn") = "designatedByYear"),
  -- Cohorts are the evaluation rounds since the system began in 2020.
  ADD CONSTRAINT "Designation_cohort_range" CHECK ("evaluationCohortYear" IS NULL OR "evaluationCohortYear" BETWEEN 2020 AND 2100);

-- Conditional and withheld outcomes may name a follow-up year; only a re-designation is valid
-- until a year; an ending takes effect on a day, so that day is required.
ALTER TABLE "Evaluation" DROP CONSTRAINT "Evaluation_follow_up_only_when_conditional";
ALTER TABLE "Evaluation"
  ADD CONSTRAINT "Evaluation_follow_up_only_when_pending" CHECK ("followUpYear" IS NULL OR ("outcome" IN ('conditional', 'withheld') AND "followUpYear" > "dueYear")),
  ADD CONSTRAINT "Evaluation_valid_until_only_when_redesignated" CHECK ("validUntilYear" IS NULL OR "outcome" = 'redesignated'),
  ADD CONSTRAINT "Evaluation_ending_dated" CHECK ("outcome" NOT IN ('cancelled', 'withdrawn') OR "heldOn" IS NOT NULL),
  ADD CONSTRAINT "Evaluation_held_in_due_year" CHECK ("heldOn" IS NULL OR EXTRACT(YEAR FROM "heldOn") BETWEEN "dueYear" AND "dueYear" + 1);

ALTER TABLE "EvaluationRule"
  ADD CONSTRAINT "EvaluationRule_years" CHECK (
    "effectiveFromYear" BETWEEN 2020 AND 2100 AND "firstAfterYears" BETWEEN 1 AND 10
    AND "intervalYears" BETWEEN 1 AND 10 AND "followUpYears" BETWEEN 1 AND 5);
ALTER TABLE "EvaluationRound"
  ADD CONSTRAINT "EvaluationRound_counts" CHECK (
    "year" BETWEEN 2020 AND 2100 AND ("evaluatedCount" IS NULL OR "evaluatedCount" > 0)
    AND ("redesignatedCount" IS NULL OR ("redesignatedCount" >= 0 AND "redesignatedCount" <= "evaluatedCount")));
ALTER TABLE "ReportedTotal"
  ADD CONSTRAINT "ReportedTotal_range" CHECK ("year" BETWEEN 2001 AND 2100 AND "total" >= 0);

-- A designation's events hang together, whatever code writes them:
--   * at most one ending: on the designation or as one evaluation's outcome;
--   * nothing evaluated after an ending, nor before the designation's year;
--   * at most one open (not ended) designation per local government.
-- Checked after each row change, with the local government's row locked so that two
-- concurrent designations of one local government are serialized.
CREATE FUNCTION designation_events_hang_together() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  target_id integer;
  target "Designation"%ROWTYPE;
  endings integer;
BEGIN
  IF TG_TABLE_NAME = 'Designation' THEN
    target_id := NEW."id";
  ELSE
    target_id := NEW."designationId";
  END IF;
  SELECT * INTO target FROM "Designation" WHERE "id" = target_id;
  PERFORM 1 FROM "LocalGovernment" WHERE "id" = target."localGovernmentId" FOR UPDATE;

  SELECT count(*) INTO endings FROM "Evaluation" WHERE "designationId" = target_id AND "outcome" IN ('cancelled', 'withdrawn');
  IF endings + (CASE WHEN target."endReason" IS NULL THEN 0 ELSE 1 END) > 1 THEN
    RAISE EXCEPTION 'a designation ends once' USING ERRCODE = 'check_violation', CONSTRAINT = 'Designation_single_ending';
  END IF;
  IF EXISTS (
    SELECT 1 FROM "Evaluation" ending JOIN "Evaluation" later ON later."designationId" = ending."designationId"
    WHERE ending."designationId" = target_id AND ending."outcome" IN ('cancelled', 'withdrawn') AND later."dueYear" > ending."dueYear"
  ) OR (target."endReason" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "Evaluation" WHERE "designationId" = target_id
      AND "dueYear" > COALESCE(EXTRACT(YEAR FROM target."endedOn")::integer, target."endedByYear")
  )) THEN
    RAISE EXCEPTION 'nothing is evaluated after a designation ended' USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_none_after_ending';
  END IF;
  IF EXISTS (SELECT 1 FROM "Evaluation" WHERE "designationId" = target_id AND "dueYear" <= target."designatedByYear") THEN
    RAISE EXCEPTION 'an evaluation follows its designation' USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_after_designation';
  END IF;
  IF (
    SELECT count(*) FROM "Designation" d
    WHERE d."localGovernmentId" = target."localGovernmentId" AND d."endReason" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Evaluation" e WHERE e."designationId" = d."id" AND e."outcome" IN ('cancelled', 'withdrawn'))
  ) > 1 THEN
    RAISE EXCEPTION 'one open designation per local government' USING ERRCODE = 'unique_violation', CONSTRAINT = 'Designation_one_active_per_local_government';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Designation_events_hang_together"
  AFTER INSERT OR UPDATE ON "Designation"
  FOR EACH ROW EXECUTE FUNCTION designation_events_hang_together();
CREATE CONSTRAINT TRIGGER "Evaluation_events_hang_together"
  AFTER INSERT OR UPDATE ON "Evaluation"
  FOR EACH ROW EXECUTE FUNCTION designation_events_hang_together();
