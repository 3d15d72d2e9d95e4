-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('local_government', 'region', 'office_of_education', 'public_agency', 'association', 'international_body', 'foreign_city');

-- CreateEnum
CREATE TYPE "NetworkMembershipStatus" AS ENUM ('applied', 'member', 'left');

-- CreateEnum
CREATE TYPE "NetworkCountScope" AS ENUM ('korea', 'world');

-- CreateEnum
CREATE TYPE "AgreementTopic" AS ENUM ('lifelong_learning', 'online_learning', 'education_costs', 'youth', 'employment', 'international_cooperation');

-- CreateEnum
CREATE TYPE "AgreementNoticeKind" AS ENUM ('non_renewal', 'termination');

-- CreateEnum
CREATE TYPE "OfficerRole" AS ENUM ('chair', 'senior_vice_chair', 'vice_chair', 'secretary_general', 'director', 'auditor', 'regional_representative');

-- CreateEnum
CREATE TYPE "AssociationEventKind" AS ENUM ('founding', 'statutory_basis', 'general_assembly', 'extraordinary_assembly', 'partnership');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "localGovernmentId" INTEGER,
    "regionId" INTEGER,
    "officeId" INTEGER,
    "nameKo" TEXT,
    "nameEn" TEXT,
    "countryKo" TEXT,
    "countryEn" TEXT,
    "url" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "shortKo" TEXT NOT NULL,
    "shortEn" TEXT NOT NULL,
    "foundedOn" VARCHAR(10),
    "descriptionKo" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "url" TEXT,
    "source" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMembership" (
    "id" SERIAL NOT NULL,
    "networkId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "status" "NetworkMembershipStatus" NOT NULL,
    "appliedOn" VARCHAR(10),
    "joinedOn" VARCHAR(10),
    "leftOn" VARCHAR(10),
    "source" TEXT NOT NULL,
    "quote" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NetworkMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkRole" (
    "id" SERIAL NOT NULL,
    "membershipId" INTEGER NOT NULL,
    "titleKo" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "startedOn" VARCHAR(10),
    "endedOn" VARCHAR(10),
    "source" TEXT NOT NULL,
    "quote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkCount" (
    "id" SERIAL NOT NULL,
    "networkId" INTEGER NOT NULL,
    "asOf" VARCHAR(10) NOT NULL,
    "scope" "NetworkCountScope" NOT NULL,
    "memberCount" INTEGER NOT NULL,
    "countryCount" INTEGER,
    "source" TEXT NOT NULL,
    "quote" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" SERIAL NOT NULL,
    "networkId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "quote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "titleKo" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "signedOn" VARCHAR(10) NOT NULL,
    "placeKo" TEXT,
    "placeEn" TEXT,
    "purposeKo" TEXT NOT NULL,
    "purposeEn" TEXT NOT NULL,
    "topics" "AgreementTopic"[],
    "initialTermMonths" INTEGER,
    "initialTermUntil" VARCHAR(10),
    "renewalMonths" INTEGER,
    "maxRenewals" INTEGER,
    "noticeMonths" INTEGER,
    "isNoticeWritten" BOOLEAN NOT NULL DEFAULT false,
    "termTextKo" TEXT,
    "termTextEn" TEXT,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "roleKo" TEXT,
    "roleEn" TEXT,
    "signatoryKo" TEXT,
    "signatoryEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementNotice" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "kind" "AgreementNoticeKind" NOT NULL,
    "givenOn" DATE NOT NULL,
    "lastDayInForce" DATE,
    "byOrganisationId" INTEGER,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDocument" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "titleKo" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssociationOfficer" (
    "id" SERIAL NOT NULL,
    "role" "OfficerRole" NOT NULL,
    "termOrdinal" INTEGER,
    "personKo" TEXT,
    "personEn" TEXT,
    "organisationId" INTEGER NOT NULL,
    "representsKo" TEXT,
    "representsEn" TEXT,
    "startedOn" VARCHAR(10),
    "endedOn" VARCHAR(10),
    "source" TEXT NOT NULL,
    "quote" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssociationOfficer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssociationEvent" (
    "id" SERIAL NOT NULL,
    "kind" "AssociationEventKind" NOT NULL,
    "heldOn" VARCHAR(10) NOT NULL,
    "titleKo" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "placeKo" TEXT,
    "placeEn" TEXT,
    "source" TEXT NOT NULL,
    "quote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssociationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssociationMemberCount" (
    "id" SERIAL NOT NULL,
    "asOf" VARCHAR(10) NOT NULL,
    "localGovernments" INTEGER,
    "offices" INTEGER,
    "total" INTEGER,
    "source" TEXT NOT NULL,
    "quote" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssociationMemberCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_localGovernmentId_key" ON "Organisation"("localGovernmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_regionId_key" ON "Organisation"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_officeId_key" ON "Organisation"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "Network_slug_key" ON "Network"("slug");

-- CreateIndex
CREATE INDEX "NetworkMembership_organisationId_idx" ON "NetworkMembership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkMembership_networkId_organisationId_key" ON "NetworkMembership"("networkId", "organisationId");

-- CreateIndex
CREATE INDEX "NetworkRole_membershipId_idx" ON "NetworkRole"("membershipId");

-- CreateIndex
CREATE INDEX "NetworkCount_networkId_idx" ON "NetworkCount"("networkId");

-- CreateIndex
CREATE INDEX "Award_organisationId_idx" ON "Award"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE INDEX "AgreementParty_organisationId_idx" ON "AgreementParty"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_agreementId_organisationId_key" ON "AgreementParty"("agreementId", "organisationId");

-- CreateIndex
CREATE INDEX "AgreementNotice_agreementId_idx" ON "AgreementNotice"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementDocument_agreementId_idx" ON "AgreementDocument"("agreementId");

-- CreateIndex
CREATE INDEX "AssociationOfficer_organisationId_idx" ON "AssociationOfficer"("organisationId");

-- CreateIndex
CREATE INDEX "AssociationOfficer_role_idx" ON "AssociationOfficer"("role");

-- CreateIndex
CREATE INDEX "AssociationEvent_heldOn_idx" ON "AssociationEvent"("heldOn");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_localGovernmentId_fkey" FOREIGN KEY ("localGovernmentId") REFERENCES "LocalGovernment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "OfficeOfEducation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMembership" ADD CONSTRAINT "NetworkMembership_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMembership" ADD CONSTRAINT "NetworkMembership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkRole" ADD CONSTRAINT "NetworkRole_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "NetworkMembership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkCount" ADD CONSTRAINT "NetworkCount_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_byOrganisationId_fkey" FOREIGN KEY ("byOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssociationOfficer" ADD CONSTRAINT "AssociationOfficer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the schema language cannot express (prisma/README.md), written by hand.
-- A partial date is a year, a month or a day as ISO text (lib/core/partial-date.ts); that the
-- day exists is checked by the forms.

ALTER TABLE "Organisation"
  ADD CONSTRAINT "Organisation_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Organisation_link_matches_kind" CHECK (
    ("kind" = 'local_government') = ("localGovernmentId" IS NOT NULL)
    AND ("kind" = 'region') = ("regionId" IS NOT NULL)
    AND ("kind" = 'office_of_education') = ("officeId" IS NOT NULL)
  ),
  -- A linked record is named by the record itself; a body outside the registry by its own names.
  ADD CONSTRAINT "Organisation_names_present" CHECK (
    CASE WHEN "kind" IN ('local_government', 'region', 'office_of_education')
      THEN "nameKo" IS NULL AND "nameEn" IS NULL
      ELSE btrim(coalesce("nameKo", '')) <> '' AND btrim(coalesce("nameEn", '')) <> ''
    END
  );

ALTER TABLE "Network"
  ADD CONSTRAINT "Network_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Network_names_present" CHECK (btrim("nameKo") <> '' AND btrim("nameEn") <> ''),
  ADD CONSTRAINT "Network_founded_format" CHECK ("foundedOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$');

ALTER TABLE "NetworkMembership"
  ADD CONSTRAINT "NetworkMembership_dates_format" CHECK (
    "appliedOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'
    AND "joinedOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'
    AND "leftOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'
  ),
  -- An application is not a membership: it has no joining date until a source confirms one.
  ADD CONSTRAINT "NetworkMembership_applied_not_joined" CHECK ("status" <> 'applied' OR ("joinedOn" IS NULL AND "leftOn" IS NULL)),
  ADD CONSTRAINT "NetworkMembership_left_only_when_left" CHECK ("leftOn" IS NULL OR "status" = 'left'),
  ADD CONSTRAINT "NetworkMembership_dates_order" CHECK ("joinedOn" IS NULL OR "leftOn" IS NULL OR left("joinedOn", length("leftOn")) <= "leftOn");

ALTER TABLE "NetworkRole"
  ADD CONSTRAINT "NetworkRole_dates_format" CHECK (
    "startedOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' AND "endedOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'
  );

ALTER TABLE "NetworkCount"
  ADD CONSTRAINT "NetworkCount_as_of_format" CHECK ("asOf" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
  ADD CONSTRAINT "NetworkCount_positive" CHECK ("memberCount" > 0 AND ("countryCount" IS NULL OR "countryCount" > 0));

ALTER TABLE "Award"
  ADD CONSTRAINT "Award_year_range" CHECK ("year" BETWEEN 1990 AND 2100);

ALTER TABLE "Agreement"
  ADD CONSTRAINT "Agreement_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Agreement_titles_present" CHECK (btrim("titleKo") <> '' AND btrim("titleEn") <> ''),
  ADD CONSTRAINT "Agreement_signed_format" CHECK ("signedOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
  ADD CONSTRAINT "Agreement_until_format" CHECK ("initialTermUntil" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
  -- One way of giving the first term; months from signing need the day of signing.
  ADD CONSTRAINT "Agreement_one_initial_term" CHECK ("initialTermMonths" IS NULL OR "initialTermUntil" IS NULL),
  ADD CONSTRAINT "Agreement_months_need_signing_day" CHECK ("initialTermMonths" IS NULL OR length("signedOn") = 10),
  ADD CONSTRAINT "Agreement_until_after_signing" CHECK ("initialTermUntil" IS NULL OR "initialTermUntil" >= left("signedOn", length("initialTermUntil"))),
  ADD CONSTRAINT "Agreement_term_positive" CHECK (
    ("initialTermMonths" IS NULL OR "initialTermMonths" BETWEEN 1 AND 600)
    AND ("renewalMonths" IS NULL OR "renewalMonths" BETWEEN 1 AND 600)
    AND ("maxRenewals" IS NULL OR "maxRenewals" BETWEEN 1 AND 100)
    AND ("noticeMonths" IS NULL OR "noticeMonths" BETWEEN 1 AND 24)
  ),
  -- Renewal and notice belong to a known term; a limit on renewals to a renewal.
  ADD CONSTRAINT "Agreement_renewal_needs_term" CHECK ("renewalMonths" IS NULL OR "initialTermMonths" IS NOT NULL OR "initialTermUntil" IS NOT NULL),
  ADD CONSTRAINT "Agreement_max_renewals_needs_renewal" CHECK ("maxRenewals" IS NULL OR "renewalMonths" IS NOT NULL);

ALTER TABLE "AgreementNotice"
  ADD CONSTRAINT "AgreementNotice_termination_has_last_day" CHECK (("kind" = 'termination') = ("lastDayInForce" IS NOT NULL)),
  ADD CONSTRAINT "AgreementNotice_last_day_after_notice" CHECK ("lastDayInForce" IS NULL OR "lastDayInForce" >= "givenOn");

ALTER TABLE "AssociationOfficer"
  ADD CONSTRAINT "AssociationOfficer_dates_format" CHECK (
    "startedOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' AND "endedOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'
  ),
  ADD CONSTRAINT "AssociationOfficer_dates_order" CHECK ("startedOn" IS NULL OR "endedOn" IS NULL OR left("startedOn", length("endedOn")) <= "endedOn"),
  ADD CONSTRAINT "AssociationOfficer_ordinal_range" CHECK ("termOrdinal" IS NULL OR "termOrdinal" BETWEEN 1 AND 100),
  ADD CONSTRAINT "AssociationOfficer_person_pair" CHECK (("personKo" IS NULL) = ("personEn" IS NULL));

ALTER TABLE "AssociationEvent"
  ADD CONSTRAINT "AssociationEvent_held_format" CHECK ("heldOn" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$');

ALTER TABLE "AssociationMemberCount"
  ADD CONSTRAINT "AssociationMemberCount_as_of_format" CHECK ("asOf" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
  ADD CONSTRAINT "AssociationMemberCount_something_counted" CHECK (coalesce("localGovernments", "offices", "total") IS NOT NULL);
