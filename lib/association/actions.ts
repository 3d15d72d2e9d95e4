'use server';

import { defineAction } from '@/lib/actions/define-action';
import { changedPartnerships } from '@/lib/cache-tags';
import { redirect } from '@/lib/i18n/navigation';
import { createOfficer, updateOfficer } from './mutations';
import { CreateOfficerSchema, UpdateOfficerSchema } from './schemas';

export const createOfficerAction = defineAction({
  permission: 'registry.edit',
  schema: CreateOfficerSchema,
  run: (input, { actor }) => createOfficer(actor, input),
  revalidate: () => changedPartnerships({ tags: ['association'] }),
  onSuccess: (result, { locale }) => redirect({ href: `/admin/officers/${result.id}?saved=created`, locale }),
});

export const updateOfficerAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateOfficerSchema,
  run: (input, { actor }) => updateOfficer(actor, input),
  revalidate: () => changedPartnerships({ tags: ['association'] }),
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/officers/${values.id}?saved=updated`, locale }),
});
