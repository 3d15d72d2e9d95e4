'use server';

import { defineAction } from '@/lib/actions/define-action';
import { changedPartnerships } from '@/lib/cache-tags';
import { redirect } from '@/lib/i18n/navigation';
import { addAgreementParty, createAgreement, recordAgreementNotice, removeAgreementParty, updateAgreement } from './mutations';
import {
  AddAgreementPartySchema,
  CreateAgreementSchema,
  RecordAgreementNoticeSchema,
  RemoveAgreementPartySchema,
  UpdateAgreementSchema,
} from './schemas';

const agreementPages = (result: { cities: string[] }) => changedPartnerships({ tags: ['agreements'], cities: result.cities });

export const createAgreementAction = defineAction({
  permission: 'registry.edit',
  schema: CreateAgreementSchema,
  longFields: { termTextKo: 4000, termTextEn: 4000 },
  run: (input, { actor }) => createAgreement(actor, input),
  revalidate: agreementPages,
  onSuccess: (result, { locale }) => redirect({ href: `/admin/agreements/${result.id}?saved=created`, locale }),
});

export const updateAgreementAction = defineAction({
  permission: 'registry.edit',
  schema: UpdateAgreementSchema,
  longFields: { termTextKo: 4000, termTextEn: 4000 },
  run: (input, { actor }) => updateAgreement(actor, input),
  revalidate: agreementPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/agreements/${values.id}?saved=updated`, locale }),
});

export const addAgreementPartyAction = defineAction({
  permission: 'registry.edit',
  schema: AddAgreementPartySchema,
  run: (input, { actor }) => addAgreementParty(actor, input),
  revalidate: agreementPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/agreements/${values.agreementId}?saved=updated`, locale }),
});

export const removeAgreementPartyAction = defineAction({
  permission: 'registry.edit',
  schema: RemoveAgreementPartySchema,
  run: (input, { actor }) => removeAgreementParty(actor, input),
  revalidate: agreementPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/agreements/${values.agreementId}?saved=updated`, locale }),
});

export const recordAgreementNoticeAction = defineAction({
  permission: 'registry.edit',
  schema: RecordAgreementNoticeSchema,
  run: (input, { actor }) => recordAgreementNotice(actor, input),
  revalidate: agreementPages,
  onSuccess: (_result, { locale, values }) => redirect({ href: `/admin/agreements/${values.agreementId}?saved=updated`, locale }),
});
