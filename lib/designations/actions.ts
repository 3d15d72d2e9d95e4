'use server';

import { RuleError } from '@/lib/core/errors';
import { defineAction } from '@/lib/actions/define-action';
import { changedPages } from '@/lib/cache-tags';
import { parseEvaluationList } from './import';
import {
  createDesignation,
  importEvaluations,
  recordEvaluation,
  retireDesignation,
  setEvaluationCohort,
  updateDesignation,
  updateEvaluation,
} from './mutations';
import {
  CreateDesignationSchema,
  ImportEvaluationsSchema,
  RecordEvaluationSchema,
  RetireDesignationSchema,
  SetCohortSchema,
  UpdateDesignationSchema,
  UpdateEvaluationSchema,
} from './schemas';
import { redirect } from '@/lib/i18n/navigation';

const publicPages = (result: { slug: string }) => changedPages({ cities: [result.slug] });

export const createDesignationAction = defineAction({
  permission: 'registry.edit',
  schema: CreateDesignationSchema,
  run: (input, { actor }) => createDesignation(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/designations/${result.id}?saved=created`, locale }),
});

export const updateDesignationAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateDesignationSchema,
  run: (input, { actor }) => updateDesignation(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/designations/${values.id}?saved=updated`, locale }),
});

export const retireDesignationAction = defineAction({
  permission: 'registry.edit',
  schema: RetireDesignationSchema,
  run: (input, { actor }) => retireDesignation(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/designations/${values.id}?saved=retired`, locale }),
});

export const setEvaluationCohortAction = defineAction({
  permission: 'registry.edit',
  schema: SetCohortSchema,
  run: (input, { actor }) => setEvaluationCohort(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/designations/${values.id}?saved=cohort`, locale }),
});

export const recordEvaluationAction = defineAction({
  permission: 'registry.edit',
  schema: RecordEvaluationSchema,
  run: (input, { actor }) => recordEvaluation(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/designations/${result.designationId}?saved=evaluation`, locale }),
});

export const updateEvaluationAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateEvaluationSchema,
  run: (input, { actor }) => updateEvaluation(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/designations/${result.designationId}?saved=evaluation`, locale }),
});

/** A whole round's results from a pasted or uploaded list: checked, then applied all or none. */
export const importEvaluationsAction = defineAction({
  permission: 'registry.edit',
  schema: ImportEvaluationsSchema,
  longFields: { text: 200_000 },
  file: { name: 'file', into: 'text', maxBytes: 200_000 },
  run: async (input, { actor }) => {
    if (!input.text) throw new RuleError('listRequired', 'text');
    const parsed = parseEvaluationList(input.text, input.dueYear);
    // A list that cannot be read at all has nothing to resolve; otherwise every line is checked.
    if (parsed.issues.some((issue) => issue.line === 0)) return { isApplied: false, count: 0, issues: parsed.issues, slugs: [] };
    return importEvaluations(actor, input, parsed.lines, parsed.issues);
  },
  revalidate: (result) => (result.isApplied ? changedPages({ cities: result.slugs }) : []),
  onSuccess: (result, { values }) =>
    result.issues.length > 0
      ? { status: 'invalid', fieldErrors: { text: ['listHasProblems'] }, lineIssues: result.issues, values }
      : {
          status: 'success',
          message: result.isApplied ? 'evaluationsImported' : 'evaluationsChecked',
          count: result.count,
          echo: result.isApplied ? undefined : values,
        },
});
