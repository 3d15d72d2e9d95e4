'use server';

import { defineAction } from '@/lib/actions/define-action';
import { changedPages } from '@/lib/cache-tags';
import {
  changeAllocationStatus,
  createAllocation,
  createProgramme,
  deleteAllocation,
  deleteProgramme,
  updateAllocation,
  updateProgramme,
  type Affected,
} from './mutations';
import {
  ChangeAllocationStatusSchema,
  CreateAllocationSchema,
  CreateProgrammeSchema,
  DeleteAllocationSchema,
  DeleteProgrammeSchema,
  UpdateAllocationSchema,
  UpdateProgrammeSchema,
} from './schemas';
import { redirect } from '@/lib/i18n/navigation';

/** Public pages showing subsidies: every city page reads the subsidy tag, and the cities named. */
const publicPages = (result: Affected) => changedPages({ cities: result.citySlugs });

export const createProgrammeAction = defineAction({
  permission: 'subsidies.edit',
  schema: CreateProgrammeSchema,
  run: (input, { actor }) => createProgramme(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/programmes/${result.id}?saved=created`, locale }),
});

export const updateProgrammeAction = defineAction({
  permission: 'subsidies.edit',
  schema: UpdateProgrammeSchema,
  run: (input, { actor }) => updateProgramme(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/programmes/${result.id}?saved=updated`, locale }),
});

export const deleteProgrammeAction = defineAction({
  permission: 'subsidies.edit',
  schema: DeleteProgrammeSchema,
  run: (input, { actor }) => deleteProgramme(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale }) => redirect({ href: '/admin/programmes?saved=deleted', locale }),
});

export const createAllocationAction = defineAction({
  permission: 'subsidies.edit',
  schema: CreateAllocationSchema,
  run: (input, { actor }) => createAllocation(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/allocations/${result.id}?saved=created`, locale }),
});

export const updateAllocationAction = defineAction({
  permission: 'subsidies.edit',
  schema: UpdateAllocationSchema,
  run: (input, { actor }) => updateAllocation(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/allocations/${result.id}?saved=updated`, locale }),
});

export const changeAllocationStatusAction = defineAction({
  permission: 'subsidies.edit',
  schema: ChangeAllocationStatusSchema,
  run: (input, { actor }) => changeAllocationStatus(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/allocations/${result.id}?saved=updated`, locale }),
});

export const deleteAllocationAction = defineAction({
  permission: 'subsidies.edit',
  schema: DeleteAllocationSchema,
  run: (input, { actor }) => deleteAllocation(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/programmes/${result.programmeId}?saved=deleted`, locale }),
});
