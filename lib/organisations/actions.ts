'use server';

import { defineAction } from '@/lib/actions/define-action';
import { changedPartnerships } from '@/lib/cache-tags';
import { redirect } from '@/lib/i18n/navigation';
import { createOrganisation, updateOrganisation } from './mutations';
import { CreateOrganisationSchema, UpdateOrganisationSchema } from './schemas';

export const createOrganisationAction = defineAction({
  permission: 'registry.edit',
  schema: CreateOrganisationSchema,
  run: (input, { actor }) => createOrganisation(actor, input),
  onSuccess: (result, { locale }) => redirect({ href: `/admin/organisations/${result.id}?saved=created`, locale }),
});

export const updateOrganisationAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateOrganisationSchema,
  run: (input, { actor }) => updateOrganisation(actor, input),
  // Its name shows wherever it is a party or a member.
  revalidate: (result) => changedPartnerships({ tags: ['agreements', 'networks', 'association'], cities: result.cities }),
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/organisations/${values.id}?saved=updated`, locale }),
});
