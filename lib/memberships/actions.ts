'use server';

import { defineAction } from '@/lib/actions/define-action';
import { changedPages } from '@/lib/cache-tags';
import { createMembership, retireMembership, updateMembership } from './mutations';
import { CreateMembershipSchema, RetireMembershipSchema, UpdateMembershipSchema } from './schemas';
import { redirect } from '@/lib/i18n/navigation';

const publicPages = (result: { slug: string | null }) => changedPages({ cities: [result.slug] });

export const createMembershipAction = defineAction({
  permission: 'registry.edit',
  schema: CreateMembershipSchema,
  run: (input, { actor }) => createMembership(actor, input),
  revalidate: publicPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/memberships/${result.id}?saved=created`, locale }),
});

export const updateMembershipAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateMembershipSchema,
  run: (input, { actor }) => updateMembership(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/memberships/${values.id}?saved=updated`, locale }),
});

export const retireMembershipAction = defineAction({
  permission: 'registry.edit',
  schema: RetireMembershipSchema,
  run: (input, { actor }) => retireMembership(actor, input),
  revalidate: publicPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/memberships/${values.id}?saved=retired`, locale }),
});
