-- Trigram indexes for city search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "LocalGovernmentKind" AS ENUM ('si', 'gun', 'gu', 'special_city', 'admin_city');

-- CreateEnum
CREATE TYPE "OfficeLevel" AS ENUM ('provincial', 'district');

-- CreateEnum
CREATE TYPE "SuccessionKind" AS ENUM ('split', 'merge');

-- CreateEnum
CREATE TYPE "DesignationStatus" AS ENUM ('active', 'cancelled', 'withdrawn');

-- CreateEnum
CREATE TYPE "EvaluationOutcome" AS ENUM ('redesignated', 'conditional', 'withheld', 'cancelled', 'withdrawn');

-- CreateEnum
CREATE TYPE "MembershipKind" AS ENUM ('mayor', 'superintendent');

-- CreateEnum
CREATE TYPE "AnnouncementKind" AS ENUM ('ministry_release', 'association_publication', 'news_report');

-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('local_government', 'region');

-- CreateEnum
CREATE TYPE "AllocationStatus" AS ENUM ('draft', 'announced', 'disbursed', 'returned');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'staff', 'ministry');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "shortKo" TEXT NOT NULL,
    "shortEn" TEXT NOT NULL,
    "currentSince" DATE,
    "establishedOn" DATE,
    "abolishedOn" DATE,
    "successorId" INTEGER,
    "sortOrder" INTEGER NOT NULL,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionPeriod" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "shortKo" TEXT NOT NULL,
    "shortEn" TEXT NOT NULL,

    CONSTRAINT "RegionPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalGovernment" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "kind" "LocalGovernmentKind" NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "currentSince" DATE,
    "establishedOn" DATE,
    "abolishedOn" DATE,
    "searchInitials" TEXT NOT NULL,
    "searchJamo" TEXT NOT NULL,
    "searchLatin" TEXT NOT NULL,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LocalGovernment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalGovernmentPeriod" (
    "id" SERIAL NOT NULL,
    "localGovernmentId" INTEGER NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "kind" "LocalGovernmentKind" NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "note" TEXT,

    CONSTRAINT "LocalGovernmentPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalGovernmentSuccession" (
    "id" SERIAL NOT NULL,
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "kind" "SuccessionKind" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "LocalGovernmentSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeOfEducation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "level" "OfficeLevel" NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "shortKo" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "establishedOn" DATE,
    "abolishedOn" DATE,
    "successorId" INTEGER,
    "source" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficeOfEducation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeJurisdiction" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "localGovernmentId" INTEGER NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE,
    "note" TEXT,

    CONSTRAINT "OfficeJurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "AnnouncementKind" NOT NULL,
    "titleKo" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "issuerKo" TEXT NOT NULL,
    "issuerEn" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "statedTotal" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Designation" (
    "id" SERIAL NOT NULL,
    "localGovernmentId" INTEGER NOT NULL,
    "firstYear" INTEGER,
    "designatedByYear" INTEGER NOT NULL,
    "announcementId" INTEGER,
    "status" "DesignationStatus" NOT NULL DEFAULT 'active',
    "endedOn" DATE,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" SERIAL NOT NULL,
    "designationId" INTEGER NOT NULL,
    "dueYear" INTEGER NOT NULL,
    "heldOn" DATE,
    "outcome" "EvaluationOutcome",
    "validUntilYear" INTEGER,
    "followUpYear" INTEGER,
    "announcementId" INTEGER,
    "source" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "kind" "MembershipKind" NOT NULL,
    "localGovernmentId" INTEGER,
    "officeId" INTEGER,
    "joinedOn" DATE,
    "leftOn" DATE,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "purposeKo" TEXT,
    "purposeEn" TEXT,
    "eligibilityKo" TEXT,
    "eligibilityEn" TEXT,
    "recipientKind" "RecipientKind" NOT NULL,
    "amountPerRecipient" BIGINT,
    "isAmountApproximate" BOOLEAN NOT NULL DEFAULT false,
    "announcementId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" SERIAL NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "recipientKind" "RecipientKind" NOT NULL,
    "localGovernmentId" INTEGER,
    "regionId" INTEGER,
    "amount" BIGINT NOT NULL,
    "isAmountApproximate" BOOLEAN NOT NULL DEFAULT false,
    "status" "AllocationStatus" NOT NULL DEFAULT 'announced',
    "announcementId" INTEGER,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'staff',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_abolishedOn_idx" ON "Region"("abolishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "RegionPeriod_regionId_validUntil_key" ON "RegionPeriod"("regionId", "validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "LocalGovernment_slug_key" ON "LocalGovernment"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LocalGovernment_code_key" ON "LocalGovernment"("code");

-- CreateIndex
CREATE INDEX "LocalGovernment_regionId_idx" ON "LocalGovernment"("regionId");

-- CreateIndex
CREATE INDEX "LocalGovernment_searchInitials_trgm_idx" ON "LocalGovernment" USING GIN ("searchInitials" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "LocalGovernment_searchJamo_trgm_idx" ON "LocalGovernment" USING GIN ("searchJamo" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "LocalGovernment_searchLatin_trgm_idx" ON "LocalGovernment" USING GIN ("searchLatin" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "LocalGovernmentPeriod_regionId_idx" ON "LocalGovernmentPeriod"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "LocalGovernmentPeriod_localGovernmentId_validUntil_key" ON "LocalGovernmentPeriod"("localGovernmentId", "validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "LocalGovernmentSuccession_predecessorId_successorId_key" ON "LocalGovernmentSuccession"("predecessorId", "successorId");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeOfEducation_slug_key" ON "OfficeOfEducation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeOfEducation_nameKo_key" ON "OfficeOfEducation"("nameKo");

-- CreateIndex
CREATE INDEX "OfficeOfEducation_regionId_idx" ON "OfficeOfEducation"("regionId");

-- CreateIndex
CREATE INDEX "OfficeOfEducation_parentId_idx" ON "OfficeOfEducation"("parentId");

-- CreateIndex
CREATE INDEX "OfficeJurisdiction_localGovernmentId_idx" ON "OfficeJurisdiction"("localGovernmentId");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeJurisdiction_officeId_localGovernmentId_validFrom_key" ON "OfficeJurisdiction"("officeId", "localGovernmentId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_slug_key" ON "Announcement"("slug");

-- CreateIndex
CREATE INDEX "Designation_localGovernmentId_idx" ON "Designation"("localGovernmentId");

-- CreateIndex
CREATE INDEX "Designation_firstYear_idx" ON "Designation"("firstYear");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_designationId_dueYear_key" ON "Evaluation"("designationId", "dueYear");

-- CreateIndex
CREATE INDEX "Membership_localGovernmentId_idx" ON "Membership"("localGovernmentId");

-- CreateIndex
CREATE INDEX "Membership_officeId_idx" ON "Membership"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_year_key" ON "Programme"("code", "year");

-- CreateIndex
CREATE INDEX "Allocation_localGovernmentId_idx" ON "Allocation"("localGovernmentId");

-- CreateIndex
CREATE INDEX "Allocation_regionId_idx" ON "Allocation"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_programmeId_localGovernmentId_key" ON "Allocation"("programmeId", "localGovernmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_programmeId_regionId_key" ON "Allocation"("programmeId", "regionId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionPeriod" ADD CONSTRAINT "RegionPeriod_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalGovernment" ADD CONSTRAINT "LocalGovernment_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalGovernmentPeriod" ADD CONSTRAINT "LocalGovernmentPeriod_localGovernmentId_fkey" FOREIGN KEY ("localGovernmentId") REFERENCES "LocalGovernment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalGovernmentPeriod" ADD CONSTRAINT "LocalGovernmentPeriod_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalGovernmentSuccession" ADD CONSTRAINT "LocalGovernmentSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "LocalGovernment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalGovernmentSuccession" ADD CONSTRAINT "LocalGovernmentSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "LocalGovernment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeOfEducation" ADD CONSTRAINT "OfficeOfEducation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeOfEducation" ADD CONSTRAINT "OfficeOfEducation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OfficeOfEducation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeOfEducation" ADD CONSTRAINT "OfficeOfEducation_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "OfficeOfEducation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeJurisdiction" ADD CONSTRAINT "OfficeJurisdiction_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "OfficeOfEducation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeJurisdiction" ADD CONSTRAINT "OfficeJurisdiction_localGovernmentId_fkey" FOREIGN KEY ("localGovernmentId") REFERENCES "LocalGovernment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_localGovernmentId_fkey" FOREIGN KEY ("localGovernmentId") REFERENCES "LocalGovernment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_designationId_fkey" FOREIGN KEY ("designationId") REFERENCES "Designation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_localGovernmentId_fkey" FOREIGN KEY ("localGovernmentId") REFERENCES "LocalGovernment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "OfficeOfEducation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_localGovernmentId_fkey" FOREIGN KEY ("localGovernmentId") REFERENCES "LocalGovernment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Written by hand: rules schema.prisma cannot express. prisma/README.md lists them.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Region"
  ADD CONSTRAINT "Region_code_format" CHECK ("code" ~ '^[0-9]{2}$'),
  ADD CONSTRAINT "Region_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Region_lifetime" CHECK ("abolishedOn" IS NULL OR "establishedOn" IS NULL OR "establishedOn" < "abolishedOn"),
  ADD CONSTRAINT "Region_not_own_successor" CHECK ("successorId" IS DISTINCT FROM "id");

ALTER TABLE "RegionPeriod"
  ADD CONSTRAINT "RegionPeriod_code_format" CHECK ("code" ~ '^[0-9]{2}$'),
  ADD CONSTRAINT "RegionPeriod_order" CHECK ("validFrom" IS NULL OR "validFrom" < "validUntil");

ALTER TABLE "LocalGovernment"
  ADD CONSTRAINT "LocalGovernment_code_format" CHECK ("code" ~ '^[0-9]{5}$'),
  ADD CONSTRAINT "LocalGovernment_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "LocalGovernment_names_present" CHECK (btrim("nameKo") <> '' AND btrim("nameEn") <> ''),
  ADD CONSTRAINT "LocalGovernment_lifetime" CHECK ("abolishedOn" IS NULL OR "establishedOn" IS NULL OR "establishedOn" < "abolishedOn");

ALTER TABLE "LocalGovernmentPeriod"
  ADD CONSTRAINT "LocalGovernmentPeriod_code_format" CHECK ("code" ~ '^[0-9]{5}$'),
  ADD CONSTRAINT "LocalGovernmentPeriod_order" CHECK ("validFrom" IS NULL OR "validFrom" < "validUntil");

ALTER TABLE "LocalGovernmentSuccession"
  ADD CONSTRAINT "LocalGovernmentSuccession_distinct" CHECK ("predecessorId" <> "successorId");

ALTER TABLE "OfficeOfEducation"
  ADD CONSTRAINT "OfficeOfEducation_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  -- A district office reports to a provincial office; a provincial office to nobody.
  ADD CONSTRAINT "OfficeOfEducation_hierarchy" CHECK (("level" = 'provincial') = ("parentId" IS NULL)),
  ADD CONSTRAINT "OfficeOfEducation_lifetime" CHECK ("abolishedOn" IS NULL OR "establishedOn" IS NULL OR "establishedOn" < "abolishedOn");

ALTER TABLE "OfficeJurisdiction"
  ADD CONSTRAINT "OfficeJurisdiction_order" CHECK ("validFrom" IS NULL OR "validUntil" IS NULL OR "validFrom" < "validUntil");

ALTER TABLE "Announcement"
  ADD CONSTRAINT "Announcement_stated_total_positive" CHECK ("statedTotal" IS NULL OR "statedTotal" > 0);

-- The programme began in 2001 (Ministry of Education); 2100 bounds typing mistakes.
ALTER TABLE "Designation"
  ADD CONSTRAINT "Designation_first_year_range" CHECK ("firstYear" IS NULL OR "firstYear" BETWEEN 2001 AND 2100),
  ADD CONSTRAINT "Designation_designated_by_range" CHECK ("designatedByYear" BETWEEN 2001 AND 2100),
  ADD CONSTRAINT "Designation_years_agree" CHECK ("firstYear" IS NULL OR "firstYear" = "designatedByYear"),
  ADD CONSTRAINT "Designation_active_has_not_ended" CHECK ("status" <> 'active' OR "endedOn" IS NULL),
  ADD CONSTRAINT "Designation_source_present" CHECK (btrim("source") <> '');

-- At most one active designation per local government.
CREATE UNIQUE INDEX "Designation_one_active_per_local_government"
  ON "Designation" ("localGovernmentId") WHERE "status" = 'active';

-- Re-designation evaluations exist since 2020 (Ministry of Education release, 2023-03-06).
ALTER TABLE "Evaluation"
  ADD CONSTRAINT "Evaluation_due_year_range" CHECK ("dueYear" BETWEEN 2020 AND 2100),
  ADD CONSTRAINT "Evaluation_valid_until_after_due" CHECK ("validUntilYear" IS NULL OR "validUntilYear" >= "dueYear"),
  ADD CONSTRAINT "Evaluation_follow_up_only_when_conditional" CHECK ("followUpYear" IS NULL OR ("outcome" = 'conditional' AND "followUpYear" > "dueYear"));

ALTER TABLE "Membership"
  ADD CONSTRAINT "Membership_member_matches_kind" CHECK (
    ("kind" = 'mayor' AND "localGovernmentId" IS NOT NULL AND "officeId" IS NULL)
    OR ("kind" = 'superintendent' AND "officeId" IS NOT NULL AND "localGovernmentId" IS NULL)),
  ADD CONSTRAINT "Membership_dates_order" CHECK ("leftOn" IS NULL OR "joinedOn" IS NULL OR "joinedOn" < "leftOn");

-- One current membership per member.
CREATE UNIQUE INDEX "Membership_one_current_per_local_government"
  ON "Membership" ("localGovernmentId") WHERE "leftOn" IS NULL AND "localGovernmentId" IS NOT NULL;
CREATE UNIQUE INDEX "Membership_one_current_per_office"
  ON "Membership" ("officeId") WHERE "leftOn" IS NULL AND "officeId" IS NOT NULL;

ALTER TABLE "Programme"
  ADD CONSTRAINT "Programme_year_range" CHECK ("year" BETWEEN 2001 AND 2100),
  ADD CONSTRAINT "Programme_code_format" CHECK ("code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Programme_amount_positive" CHECK ("amountPerRecipient" IS NULL OR "amountPerRecipient" > 0);

ALTER TABLE "Allocation"
  ADD CONSTRAINT "Allocation_amount_positive" CHECK ("amount" > 0),
  ADD CONSTRAINT "Allocation_recipient_matches_kind" CHECK (
    ("recipientKind" = 'local_government' AND "localGovernmentId" IS NOT NULL AND "regionId" IS NULL)
    OR ("recipientKind" = 'region' AND "regionId" IS NOT NULL AND "localGovernmentId" IS NULL));

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));
