'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { localOptions, type Option } from '@/lib/core/names';
import { createProgrammeAction, deleteProgrammeAction, updateProgrammeAction } from '@/lib/subsidies/actions';
import { RECIPIENT_KINDS } from '@/lib/subsidies/schemas';

/** A programme as the forms show it: amounts as strings of won (no BigInt across to the browser). */
export type ProgrammeFormValues = {
  id: number;
  version: number;
  code: string;
  year: number;
  nameKo: string;
  nameEn: string;
  purposeKo: string | null;
  purposeEn: string | null;
  eligibilityKo: string | null;
  eligibilityEn: string | null;
  recipientKind: string;
  amountPerRecipient: string | null;
  isAmountApproximate: boolean;
  announcementId: number | null;
};

/** "약" (about) or exact: a select rather than a checkbox, so a refused form shows what was sent. */
export function ApproximateField({ defaultValue }: { defaultValue?: boolean }) {
  const t = useTranslations('Admin.subsidyForms');
  const tFields = useTranslations('Fields');
  return (
    <SelectField
      name="isAmountApproximate"
      label={tFields('isAmountApproximate')}
      defaultValue={defaultValue ? 'true' : 'false'}
      options={[
        { value: 'false', label: t('exact') },
        { value: 'true', label: t('approximate') },
      ]}
    />
  );
}

function ProgrammeFields({ announcements, current }: { announcements: Option[]; current?: ProgrammeFormValues }) {
  const t = useTranslations('Admin.subsidyForms');
  const tFields = useTranslations('Fields');
  const tKinds = useTranslations('Admin.subsidyForms.recipientKinds');
  const locale = useLocale();
  return (
    <>
      <TextField
        name="year"
        type="number"
        inputMode="numeric"
        label={tFields('year')}
        defaultValue={current?.year ?? new Date().getFullYear()}
        isRequired
      />
      <TextField name="code" label={tFields('programmeCode')} defaultValue={current?.code} isRequired maxLength={40} hint={t('codeHint')} />
      <TextField name="nameKo" label={tFields('nameKo')} defaultValue={current?.nameKo} isRequired maxLength={200} />
      <TextField name="nameEn" label={tFields('nameEn')} defaultValue={current?.nameEn} isRequired maxLength={200} />
      <TextArea name="purposeKo" label={tFields('purposeKo')} defaultValue={current?.purposeKo} />
      <TextArea name="purposeEn" label={tFields('purposeEn')} defaultValue={current?.purposeEn} />
      <TextArea name="eligibilityKo" label={tFields('eligibilityKo')} defaultValue={current?.eligibilityKo} />
      <TextArea name="eligibilityEn" label={tFields('eligibilityEn')} defaultValue={current?.eligibilityEn} />
      <SelectField
        name="recipientKind"
        label={tFields('recipientKind')}
        defaultValue={current?.recipientKind}
        isRequired
        placeholder={t('choose')}
        options={RECIPIENT_KINDS.map((kind) => ({ value: kind, label: tKinds(kind) }))}
        hint={t('recipientKindHint')}
      />
      <TextField
        name="amountPerRecipient"
        inputMode="numeric"
        label={tFields('amountPerRecipient')}
        defaultValue={current?.amountPerRecipient}
        maxLength={24}
        hint={t('amountHint')}
      />
      <ApproximateField defaultValue={current?.isAmountApproximate} />
      <SelectField
        name="announcementId"
        label={tFields('announcementId')}
        defaultValue={current?.announcementId}
        placeholder={t('noAnnouncement')}
        options={localOptions(announcements, locale)}
      />
    </>
  );
}

export function CreateProgrammeForm({ announcements }: { announcements: Option[] }) {
  const t = useTranslations('Admin.programmes');
  return (
    <ActionForm action={createProgrammeAction} submitLabel={t('create')}>
      <ProgrammeFields announcements={announcements} />
    </ActionForm>
  );
}

export function UpdateProgrammeForm({ announcements, current }: { announcements: Option[]; current: ProgrammeFormValues }) {
  const t = useTranslations('Admin.programmes');
  return (
    <ActionForm action={updateProgrammeAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <ProgrammeFields announcements={announcements} current={current} />
    </ActionForm>
  );
}

export function DeleteProgrammeForm({ current }: { current: { id: number; version: number } }) {
  const t = useTranslations('Admin.programmes');
  return (
    <ActionForm action={deleteProgrammeAction} submitLabel={t('delete')} isDanger hidden={{ id: current.id, version: current.version }} />
  );
}
