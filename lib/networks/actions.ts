'use server';

import { defineAction } from '@/lib/actions/define-action';
import { changedPartnerships } from '@/lib/cache-tags';
import { redirect } from '@/lib/i18n/navigation';
import { addNetworkRole, createNetworkMembership, updateNetwork, updateNetworkMembership } from './mutations';
import { AddNetworkRoleSchema, CreateNetworkMembershipSchema, UpdateNetworkMembershipSchema, UpdateNetworkSchema } from './schemas';

const networkPages = (result: { citySlug?: string | null; cities?: string[] }) =>
  changedPartnerships({ tags: ['networks'], cities: result.cities ?? [result.citySlug ?? null] });

export const updateNetworkAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateNetworkSchema,
  run: (input, { actor }) => updateNetwork(actor, input),
  revalidate: networkPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/networks/${values.id}?saved=updated`, locale }),
});

export const createNetworkMembershipAction = defineAction({
  permission: 'registry.edit',
  schema: CreateNetworkMembershipSchema,
  run: (input, { actor }) => createNetworkMembership(actor, input),
  revalidate: networkPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/network-memberships/${result.id}?saved=created`, locale }),
});

export const updateNetworkMembershipAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateNetworkMembershipSchema,
  run: (input, { actor }) => updateNetworkMembership(actor, input),
  revalidate: networkPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/network-memberships/${values.id}?saved=updated`, locale }),
});

export const addNetworkRoleAction = defineAction({
  permission: 'registry.edit',
  schema: AddNetworkRoleSchema,
  run: (input, { actor }) => addNetworkRole(actor, input),
  revalidate: networkPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/network-memberships/${values.membershipId}?saved=updated`, locale }),
});
