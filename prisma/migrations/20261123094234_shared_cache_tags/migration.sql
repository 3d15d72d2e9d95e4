-- CreateTable
CREATE TABLE "CacheTagExpiration" (
    "tag" TEXT NOT NULL,
    "expiredAt" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheTagExpiration_pkey" PRIMARY KEY ("tag")
);

-- A tag is a short name (lib/cache-tags.ts); an expiry is a real instant.
ALTER TABLE "CacheTagExpiration"
  ADD CONSTRAINT "CacheTagExpiration_tag_check" CHECK (length("tag") BETWEEN 1 AND 200),
  ADD CONSTRAINT "CacheTagExpiration_expiredAt_check" CHECK ("expiredAt" > 0);
