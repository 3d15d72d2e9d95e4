-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN     "isStatedTotalApproximate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "statedTotalScopeEn" TEXT,
ADD COLUMN     "statedTotalScopeKo" TEXT;

-- CreateIndex
CREATE INDEX "Allocation_announcementId_idx" ON "Allocation"("announcementId");

-- ---------------------------------------------------------------------------------------------
-- Written by hand: rules schema.prisma cannot express. prisma/README.md lists them.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Programme"
  ADD CONSTRAINT "Programme_names_present" CHECK (btrim("nameKo") <> '' AND btrim("nameEn") <> '');

-- A scope or an "about" only qualifies a total that is stated.
ALTER TABLE "Announcement"
  ADD CONSTRAINT "Announcement_stated_total_qualifiers" CHECK (
    "statedTotal" IS NOT NULL
    OR ("statedTotalScopeKo" IS NULL AND "statedTotalScopeEn" IS NULL AND NOT "isStatedTotalApproximate"));

-- An allocation goes to the kind of recipient its programme funds: a consortium programme to a
-- region, a city programme to a local government. The kind is checked against the programme on
-- every write of either table (a CHECK cannot look at another table). The error names the rule
-- like a CHECK does, so the application maps it to a message like any other refusal.
CREATE FUNCTION "allocation_kind_matches_programme"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Allocation' THEN
    IF NOT EXISTS (SELECT 1 FROM "Programme" p WHERE p."id" = NEW."programmeId" AND p."recipientKind" = NEW."recipientKind") THEN
      RAISE EXCEPTION 'new row for relation "Allocation" violates check constraint "Allocation_kind_matches_programme"'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Allocation_kind_matches_programme', TABLE = 'Allocation';
    END IF;
  ELSIF NEW."recipientKind" IS DISTINCT FROM OLD."recipientKind"
    AND EXISTS (SELECT 1 FROM "Allocation" a WHERE a."programmeId" = NEW."id") THEN
    RAISE EXCEPTION 'new row for relation "Programme" violates check constraint "Programme_kind_fixed_by_allocations"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Programme_kind_fixed_by_allocations', TABLE = 'Programme';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Allocation_kind_matches_programme"
  BEFORE INSERT OR UPDATE OF "programmeId", "recipientKind" ON "Allocation"
  FOR EACH ROW EXECUTE FUNCTION "allocation_kind_matches_programme"();

CREATE TRIGGER "Programme_kind_fixed_by_allocations"
  BEFORE UPDATE OF "recipientKind" ON "Programme"
  FOR EACH ROW EXECUTE FUNCTION "allocation_kind_matches_programme"();
