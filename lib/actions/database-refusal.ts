// A write the database refused (unique, foreign key, check), turned into a message next to the
// right field instead of a 500. The constraint names are those of prisma/migrations.
export type Refusal = { code: string; constraint: string | null };

type AdapterCause = { originalCode?: string; code?: string; originalMessage?: string; constraint?: { index?: string } };

/** The PostgreSQL error code and constraint behind a Prisma error, if it is a refusal. */
export function databaseRefusal(error: unknown): Refusal | null {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } })?.meta?.driverAdapterError?.cause;
  if (!cause) return null;
  const code = cause.originalCode ?? cause.code;
  if (!code || !/^23/.test(code)) return null;
  const named = cause.constraint?.index ?? cause.originalMessage?.match(/constraint "([^"]+)"/)?.[1] ?? null;
  return { code, constraint: named };
}

/** Where each refusal is shown and what it says (message keys in the "Errors" namespace). */
const CONSTRAINT_MESSAGES: Record<string, { field?: string; key: string }> = {
  LocalGovernment_code_key: { field: 'code', key: 'codeTaken' },
  LocalGovernment_slug_key: { field: 'nameEn', key: 'slugTaken' },
  LocalGovernment_code_format: { field: 'code', key: 'codeFormat' },
  LocalGovernment_names_present: { field: 'nameKo', key: 'required' },
  LocalGovernment_lifetime: { field: 'abolishedOn', key: 'dateOrder' },
  LocalGovernmentPeriod_order: { field: 'effectiveOn', key: 'dateOrder' },
  LocalGovernmentPeriod_localGovernmentId_validUntil_key: { field: 'effectiveOn', key: 'renameSameDay' },
  Designation_one_active_per_local_government: { field: 'localGovernmentId', key: 'alreadyDesignated' },
  Designation_first_year_range: { field: 'firstYear', key: 'yearOutOfRange' },
  Designation_designated_by_range: { field: 'firstYear', key: 'yearOutOfRange' },
  Designation_single_ending: { key: 'alreadyRetired' },
  Designation_ending_dated: { field: 'endedOn', key: 'required' },
  Designation_ended_after_designation: { field: 'endedOn', key: 'endBeforeDesignation' },
  Designation_designated_on_in_year: { field: 'designatedOn', key: 'dayOutsideYear' },
  Designation_cohort_range: { field: 'evaluationCohortYear', key: 'evaluationYearOutOfRange' },
  Evaluation_designationId_dueYear_key: { field: 'dueYear', key: 'evaluationExists' },
  Evaluation_due_year_range: { field: 'dueYear', key: 'evaluationYearOutOfRange' },
  Evaluation_none_after_ending: { field: 'dueYear', key: 'evaluationAfterEnding' },
  Evaluation_after_designation: { field: 'dueYear', key: 'evaluationBeforeDesignation' },
  Evaluation_ending_dated: { field: 'heldOn', key: 'endingNeedsDay' },
  Evaluation_held_in_due_year: { field: 'heldOn', key: 'heldOutsideRound' },
  Evaluation_valid_until_after_due: { field: 'validUntilYear', key: 'yearBeforeDue' },
  Evaluation_valid_until_only_when_redesignated: { field: 'validUntilYear', key: 'onlyWhenRedesignated' },
  Evaluation_follow_up_only_when_pending: { field: 'followUpYear', key: 'onlyWhenPending' },
  Evaluation_score_range: { field: 'score', key: 'scoreOutOfRange' },
  Evaluation_outstanding_only_when_redesignated: { field: 'isOutstanding', key: 'outstandingOnlyWhenRedesignated' },
  Membership_one_current_per_local_government: { field: 'localGovernmentId', key: 'alreadyMember' },
  Membership_one_current_per_office: { field: 'officeId', key: 'alreadyMember' },
  Membership_member_matches_kind: { field: 'kind', key: 'memberMismatch' },
  Membership_dates_order: { field: 'leftOn', key: 'dateOrder' },
  Programme_code_year_key: { field: 'code', key: 'programmeTaken' },
  Programme_code_format: { field: 'code', key: 'programmeCodeFormat' },
  Programme_year_range: { field: 'year', key: 'yearOutOfRange' },
  Programme_names_present: { field: 'nameKo', key: 'required' },
  Programme_amount_positive: { field: 'amountPerRecipient', key: 'amountOutOfRange' },
  Programme_kind_fixed_by_allocations: { field: 'recipientKind', key: 'kindFixedByAllocations' },
  Allocation_amount_positive: { field: 'amount', key: 'amountOutOfRange' },
  Allocation_recipient_matches_kind: { key: 'recipientMismatch' },
  Allocation_kind_matches_programme: { key: 'recipientMismatch' },
  Allocation_programmeId_localGovernmentId_key: { field: 'localGovernmentId', key: 'alreadyAllocated' },
  Allocation_programmeId_regionId_key: { field: 'regionId', key: 'alreadyAllocated' },
  OfficeOfEducation_nameKo_key: { field: 'nameKo', key: 'nameTaken' },
  OfficeOfEducation_lifetime: { field: 'abolishedOn', key: 'dateOrder' },
  OfficeJurisdiction_order: { field: 'validUntil', key: 'dateOrder' },
  OfficeJurisdiction_officeId_localGovernmentId_validFrom_key: { field: 'localGovernmentId', key: 'alreadyCovered' },
  User_email_key: { field: 'email', key: 'emailTaken' },
  User_email_lowercase: { field: 'email', key: 'emailFormat' },
  // Networks, agreements and the association (issue 15).
  NetworkMembership_networkId_organisationId_key: { field: 'member', key: 'membershipExists' },
  Organisation_slug_key: { field: 'slug', key: 'organisationTaken' },
  Agreement_slug_key: { field: 'slug', key: 'slugTaken' },
  AgreementParty_agreementId_organisationId_key: { field: 'party', key: 'alreadyParty' },
};

export function refusalMessage(refusal: Refusal): { field?: string; key: string } {
  if (refusal.constraint && CONSTRAINT_MESSAGES[refusal.constraint]) return CONSTRAINT_MESSAGES[refusal.constraint]!;
  if (refusal.code === '23505') return { key: 'duplicate' };
  if (refusal.code === '23503') return { key: 'unknownReference' };
  return { key: 'rejectedByDatabase' };
}
