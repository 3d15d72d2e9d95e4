// Designation and evaluation forms (issues 3 and 4): a new learning city, a correction, an
// ending outside any evaluation, a cohort, and evaluation outcomes, one by one or a year at once.
import { z } from 'zod';
import {
  choiceError,
  chosenId,
  DateField,
  IdField,
  OptionalDateField,
  OptionalText,
  RequiredText,
  VersionField,
  yearField,
} from '@/lib/core/fields';
import { ENDING_OUTCOMES, EVALUATION_OUTCOMES } from './schedule';

const empty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A score out of 100 (two decimals at most), where one is published. */
const ScoreField = z.preprocess(
  empty,
  z.coerce
    .number({ error: 'notANumber' })
    .min(0, { error: 'scoreOutOfRange' })
    .max(100, { error: 'scoreOutOfRange' })
    .refine((value) => Math.round(value * 100) === value * 100, { error: 'scoreOutOfRange' })
    .optional(),
);
/** A yes/no choice as a form sends it ('true' / 'false'; a checkbox's 'on'). */
const YesNoField = z.preprocess((value) => value === 'true' || value === 'on', z.boolean());

const DesignationFields = {
  announcementId: z.preprocess(empty, IdField.optional()),
  /** The day it took effect, when the announcement gives it. */
  designatedOn: OptionalDateField,
  /** Where the fact comes from: an announcement, an article, a document. */
  source: RequiredText(500),
  note: OptionalText(1000),
};

/** A designation's day, when given, falls in its year. */
const dayInYear = <T extends { designatedOn?: Date; firstYear?: number }>(input: T) =>
  input.designatedOn === undefined || input.firstYear === undefined || input.designatedOn.getUTCFullYear() === input.firstYear;

export const CreateDesignationSchema = z
  .object({ localGovernmentId: chosenId('chooseLocalGovernment'), firstYear: yearField(), ...DesignationFields })
  .refine(dayInYear, { error: 'dayOutsideYear', path: ['designatedOn'] });
export type CreateDesignationInput = z.output<typeof CreateDesignationSchema>;

/** A year left empty keeps a designation whose year no source gives (the Chungbuk cities of 2019). */
export const UpdateDesignationSchema = z
  .object({
    id: IdField,
    version: VersionField,
    firstYear: z.preprocess(empty, yearField().optional()),
    ...DesignationFields,
  })
  .refine(dayInYear, { error: 'dayOutsideYear', path: ['designatedOn'] });
export type UpdateDesignationInput = z.output<typeof UpdateDesignationSchema>;

export const ENDED_STATUSES = ENDING_OUTCOMES;

/** An ending outside any evaluation: the city withdraws, or the ministry cancels, on a day. */
export const RetireDesignationSchema = z.object({
  id: IdField,
  version: VersionField,
  status: z.enum(ENDING_OUTCOMES, { error: choiceError('chooseEndReason') }),
  endedOn: DateField,
  note: OptionalText(1000),
});
export type RetireDesignationInput = z.output<typeof RetireDesignationSchema>;

/** Re-designation began in 2020 (Ministry of Education release, 2023-03-06). */
export const FIRST_EVALUATION_YEAR = 2020;

const evaluationYear = () => yearField({ min: FIRST_EVALUATION_YEAR, maxAhead: 10 });
const optionalEvaluationYear = () => z.preprocess(empty, evaluationYear().optional());

/** The first evaluation year of a city designated before the system began (its cohort). */
export const SetCohortSchema = z.object({
  id: IdField,
  version: VersionField,
  evaluationCohortYear: optionalEvaluationYear(),
  note: OptionalText(1000),
});
export type SetCohortInput = z.output<typeof SetCohortSchema>;

/** An outcome's fields, and how they fit together (the database checks the same). */
const OutcomeFields = z.object({
  dueYear: evaluationYear(),
  heldOn: OptionalDateField,
  outcome: z.enum(EVALUATION_OUTCOMES, { error: choiceError('chooseOutcome') }),
  validUntilYear: optionalEvaluationYear(),
  followUpYear: optionalEvaluationYear(),
  score: ScoreField,
  /** Judged outstanding (우수 평생학습도시, the top 10 %). */
  isOutstanding: YesNoField,
  announcementId: z.preprocess(empty, IdField.optional()),
  source: OptionalText(500),
  note: OptionalText(1000),
});

type OutcomeInput = z.output<typeof OutcomeFields>;

export function outcomeIssues(input: OutcomeInput): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const isEnding = (ENDING_OUTCOMES as readonly string[]).includes(input.outcome);
  if (isEnding && !input.heldOn) issues.push({ path: 'heldOn', message: 'endingNeedsDay' });
  if (input.heldOn && (input.heldOn.getUTCFullYear() < input.dueYear || input.heldOn.getUTCFullYear() > input.dueYear + 1)) {
    issues.push({ path: 'heldOn', message: 'heldOutsideRound' });
  }
  if (input.validUntilYear !== undefined) {
    if (input.outcome !== 'redesignated') issues.push({ path: 'validUntilYear', message: 'onlyWhenRedesignated' });
    else if (input.validUntilYear < input.dueYear) issues.push({ path: 'validUntilYear', message: 'yearBeforeDue' });
  }
  if (input.isOutstanding && input.outcome !== 'redesignated')
    issues.push({ path: 'isOutstanding', message: 'outstandingOnlyWhenRedesignated' });
  if (input.followUpYear !== undefined) {
    if (input.outcome !== 'conditional' && input.outcome !== 'withheld') issues.push({ path: 'followUpYear', message: 'onlyWhenPending' });
    else if (input.followUpYear <= input.dueYear) issues.push({ path: 'followUpYear', message: 'yearBeforeDue' });
  }
  return issues;
}

const withOutcomeRules = <S extends z.ZodType<OutcomeInput>>(schema: S) =>
  schema.superRefine((input, context) => {
    for (const issue of outcomeIssues(input)) context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

export const RecordEvaluationSchema = withOutcomeRules(OutcomeFields.extend({ designationId: IdField, version: VersionField }));
export type RecordEvaluationInput = z.output<typeof RecordEvaluationSchema>;

export const UpdateEvaluationSchema = withOutcomeRules(OutcomeFields.extend({ id: IdField, version: VersionField }));
export type UpdateEvaluationInput = z.output<typeof UpdateEvaluationSchema>;

/** A whole round's results, pasted or uploaded as CSV (lib/designations/import.ts reads it). */
export const ImportEvaluationsSchema = z.object({
  dueYear: evaluationYear(),
  intent: z.enum(['check', 'apply'], { error: 'notAnOption' }),
  text: z.preprocess(empty, z.string().max(200_000, { error: 'tooLong' }).optional()),
  source: RequiredText(500),
});
export type ImportEvaluationsInput = z.output<typeof ImportEvaluationsSchema>;
