'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { createDesignation, retireDesignation, updateDesignation } from './mutations';
import { CreateDesignationSchema, RetireDesignationSchema, UpdateDesignationSchema } from './schemas';

const publicPages = (result: { slug: string }) => [CACHE_TAGS.registry, CACHE_TAGS.city(result.slug)];

export const createDesignationAction = defineAction({
  permission: 'registry.edit',
  schema: CreateDesignationSchema,
  run: (input, { actor }) => createDesignation(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect(`/${locale}/admin/designations/${result.id}?saved=created`),
});

export const updateDesignationAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateDesignationSchema,
  run: (input, { actor }) => updateDesignation(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect(`/${locale}/admin/designations/${values.id}?saved=updated`),
});

export const retireDesignationAction = defineAction({
  permission: 'registry.edit',
  schema: RetireDesignationSchema,
  run: (input, { actor }) => retireDesignation(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect(`/${locale}/admin/designations/${values.id}?saved=retired`),
});
