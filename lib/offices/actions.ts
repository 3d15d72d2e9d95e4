'use server';

import { defineAction } from '@/lib/actions/define-action';
import { changedPages } from '@/lib/cache-tags';
import { addJurisdiction, endJurisdiction, retireOffice, updateOffice } from './mutations';
import { AddJurisdictionSchema, EndJurisdictionSchema, RetireOfficeSchema, UpdateOfficeSchema } from './schemas';
import { redirect } from '@/lib/i18n/navigation';

// The offices list, and the pages of the local governments that show the office.
const publicPages = (result: { slugs: string[] } | { slug: string }) =>
  changedPages({ cities: 'slugs' in result ? result.slugs : [result.slug] });

export const updateOfficeAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateOfficeSchema,
  run: (input, { actor }) => updateOffice(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/offices/${values.id}?saved=updated`, locale }),
});

export const addJurisdictionAction = defineAction({
  permission: 'registry.edit',
  schema: AddJurisdictionSchema,
  run: (input, { actor }) => addJurisdiction(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/offices/${values.officeId}?saved=coverageAdded`, locale }),
});

export const endJurisdictionAction = defineAction({
  permission: 'registry.edit',
  schema: EndJurisdictionSchema,
  run: (input, { actor }) => endJurisdiction(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/offices/${values.officeId}?saved=coverageEnded`, locale }),
});

export const retireOfficeAction = defineAction({
  permission: 'registry.edit',
  schema: RetireOfficeSchema,
  run: (input, { actor }) => retireOffice(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/offices/${values.id}?saved=retired`, locale }),
});
