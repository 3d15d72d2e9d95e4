-- CreateEnum
CREATE TYPE "SecurityEventKind" AS ENUM ('sign_in_success', 'sign_in_failure', 'lockout', 'sign_out', 'password_change', 'password_reset', 'role_change', 'account_deactivated', 'account_reactivated', 'action_refused');

-- DropIndex
DROP INDEX "User_calendarToken_key";

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "lastActiveAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable (by hand: the feed secrets already issued keep working, now stored as their SHA-256;
-- a temporary password already issued expires 72 hours from now, as a new one would)
ALTER TABLE "User" ADD COLUMN     "calendarTokenHash" TEXT,
ADD COLUMN     "temporaryPasswordExpiresAt" TIMESTAMP(3);

UPDATE "User" SET "calendarTokenHash" = encode(sha256(convert_to("calendarToken", 'UTF8')), 'hex')
  WHERE "calendarToken" IS NOT NULL AND "isActive";
UPDATE "User" SET "temporaryPasswordExpiresAt" = CURRENT_TIMESTAMP + interval '72 hours' WHERE "mustChangePassword";

ALTER TABLE "User" DROP COLUMN "calendarToken";

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "SecurityEventKind" NOT NULL,
    "userId" TEXT,
    "email" TEXT,
    "actorId" TEXT,
    "address" TEXT,
    "userAgent" TEXT,
    "detail" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SecurityEvent_occurredAt_idx" ON "SecurityEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_kind_id_idx" ON "SecurityEvent"("kind", "id");

-- CreateIndex
CREATE INDEX "SecurityEvent_userId_id_idx" ON "SecurityEvent"("userId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- AddForeignKey
ALTER TABLE "SecurityEvent" ADD CONSTRAINT "SecurityEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Written by hand: the security log is append-only, like the audit trail, whatever code runs.
-- (The portal's own database role cannot drop or disable these triggers: it owns no table,
-- scripts/db/roles.ts.)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION security_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'SecurityEvent is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "SecurityEvent_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "SecurityEvent"
  FOR EACH ROW EXECUTE FUNCTION security_event_is_append_only();

CREATE TRIGGER "SecurityEvent_no_truncate"
  BEFORE TRUNCATE ON "SecurityEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION security_event_is_append_only();

ALTER TABLE "SecurityEvent"
  ADD CONSTRAINT "SecurityEvent_detail_is_object" CHECK (jsonb_typeof("detail") = 'object');

-- A calendar secret is stored only as its SHA-256, in hex.
ALTER TABLE "User"
  ADD CONSTRAINT "User_calendar_token_hash_format" CHECK ("calendarTokenHash" ~ '^[0-9a-f]{64}$');
