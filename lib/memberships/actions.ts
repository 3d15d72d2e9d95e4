'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { changedPages } from '@/lib/cache-tags';
import { createMembership, retireMembership, updateMembership } from './mutations';
import { CreateMembershipSchema, RetireMembershipSchema, UpdateMembershipSchema } from './schemas';

const publicPages = (result: { slug: string | null }) => changedPages({ cities: [result.slug] });

export const createMembershipAction = defineAction({
  permission: 'registry.edit',
  schema: CreateMembershipSchema,
  run: (input, { actor }) => createMembership(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect(`/${locale}/admin/memberships/${result.id}?saved=created`),
});

export const updateMembershipAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateMembershipSchema,
  run: (input, { actor }) => updateMembership(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect(`/${locale}/admin/memberships/${values.id}?saved=updated`),
});

export const retireMembershipAction = defineAction({
  permission: 'registry.edit',
  schema: RetireMembershipSchema,
  run: (input, { actor }) => retireMembership(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect(`/${locale}/admin/memberships/${values.id}?saved=retired`),
});
