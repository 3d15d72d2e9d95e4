'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { createOrganisationAction, updateOrganisationAction } from '@/lib/organisations/actions';
import { NAMED_KINDS } from '@/lib/organisations/refs';

type Organisation = {
  id: number;
  version: number;
  kind: string;
  nameKo: string;
  nameEn: string;
  countryKo: string | null;
  countryEn: string | null;
  url: string | null;
  note: string | null;
};

function OrganisationFields({ current }: { current?: Organisation }) {
  const t = useTranslations('StaffPartnerships');
  const tKind = useTranslations('OrganisationKind');
  return (
    <>
      <SelectField
        name="kind"
        label={t('fields.kind')}
        isRequired
        defaultValue={current?.kind}
        placeholder={t('choose')}
        options={NAMED_KINDS.map((kind) => ({ value: kind, label: tKind(kind) }))}
      />
      <TextField name="nameKo" label={t('fields.nameKo')} defaultValue={current?.nameKo} isRequired maxLength={200} />
      <TextField name="nameEn" label={t('fields.nameEn')} defaultValue={current?.nameEn} isRequired maxLength={200} />
      <TextField name="countryKo" label={t('fields.countryKo')} defaultValue={current?.countryKo} maxLength={100} />
      <TextField name="countryEn" label={t('fields.countryEn')} defaultValue={current?.countryEn} maxLength={100} />
      <TextField name="url" label={t('fields.url')} defaultValue={current?.url} maxLength={500} />
      <TextArea name="note" label={t('fields.note')} defaultValue={current?.note} />
    </>
  );
}

export function CreateOrganisationForm() {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm action={createOrganisationAction} submitLabel={t('createOrganisation')}>
      <TextField name="slug" label={t('fields.slug')} isRequired maxLength={80} hint={t('slugHint')} />
      <OrganisationFields />
    </ActionForm>
  );
}

export function UpdateOrganisationForm({ current }: { current: Organisation }) {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm action={updateOrganisationAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <OrganisationFields current={current} />
    </ActionForm>
  );
}
