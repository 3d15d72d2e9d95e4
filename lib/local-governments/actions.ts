'use server';

import { defineAction } from '@/lib/actions/define-action';
import { changedPages } from '@/lib/cache-tags';
import { createLocalGovernment, renameLocalGovernment, retireLocalGovernment, updateLocalGovernment } from './mutations';
import {
  CreateLocalGovernmentSchema,
  RenameLocalGovernmentSchema,
  RetireLocalGovernmentSchema,
  UpdateLocalGovernmentSchema,
} from './schemas';
import { redirect } from '@/lib/i18n/navigation';

// Its pages and the lists; a new local government, or one moved, also appears on its region's page.
const publicPages = (result: { slug: string; regionSlug?: string }) =>
  changedPages({ cities: [result.slug], regions: [result.regionSlug ?? null] });

export const createLocalGovernmentAction = defineAction({
  permission: 'registry.edit',
  schema: CreateLocalGovernmentSchema,
  run: (input, { actor }) => createLocalGovernment(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/local-governments/${result.id}?saved=created`, locale }),
});

export const updateLocalGovernmentAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateLocalGovernmentSchema,
  run: (input, { actor }) => updateLocalGovernment(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/local-governments/${values.id}?saved=updated`, locale }),
});

export const renameLocalGovernmentAction = defineAction({
  permission: 'registry.edit',
  schema: RenameLocalGovernmentSchema,
  run: (input, { actor }) => renameLocalGovernment(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/local-governments/${values.id}?saved=renamed`, locale }),
});

export const retireLocalGovernmentAction = defineAction({
  permission: 'registry.edit',
  schema: RetireLocalGovernmentSchema,
  run: (input, { actor }) => retireLocalGovernment(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/local-governments/${values.id}?saved=retired`, locale }),
});
