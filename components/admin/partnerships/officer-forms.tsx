'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { createOfficerAction, updateOfficerAction } from '@/lib/association/actions';
import { OFFICER_ROLES } from '@/lib/association/schemas';
import { localOptions, type Option } from '@/lib/core/names';

type Officer = {
  id: number;
  version: number;
  role: string;
  termOrdinal: number | null;
  personKo: string | null;
  personEn: string | null;
  representsKo: string | null;
  representsEn: string | null;
  startedOn: string | null;
  endedOn: string | null;
  source: string;
  quote: string | null;
  note: string | null;
};

function OfficerFields({ current }: { current?: Officer }) {
  const t = useTranslations('StaffPartnerships');
  const tRole = useTranslations('OfficerRole');
  return (
    <>
      <SelectField
        name="role"
        label={t('fields.role')}
        isRequired
        defaultValue={current?.role}
        placeholder={t('choose')}
        options={OFFICER_ROLES.map((role) => ({ value: role, label: tRole(role) }))}
      />
      <TextField name="termOrdinal" label={t('fields.termOrdinal')} defaultValue={current?.termOrdinal} inputMode="numeric" />
      <TextField name="personKo" label={t('fields.personKo')} defaultValue={current?.personKo} maxLength={100} hint={t('personHint')} />
      <TextField name="personEn" label={t('fields.personEn')} defaultValue={current?.personEn} maxLength={100} />
      <TextField name="representsKo" label={t('fields.representsKo')} defaultValue={current?.representsKo} maxLength={100} />
      <TextField name="representsEn" label={t('fields.representsEn')} defaultValue={current?.representsEn} maxLength={100} />
      <TextField name="startedOn" label={t('fields.startedOn')} defaultValue={current?.startedOn} hint={t('partialDateHint')} />
      <TextField name="endedOn" label={t('fields.endedOn')} defaultValue={current?.endedOn} hint={t('partialDateHint')} />
      <TextField
        name="source"
        label={t('fields.source')}
        defaultValue={current?.source}
        isRequired
        maxLength={1000}
        hint={t('sourceHint')}
      />
      <TextArea name="quote" label={t('fields.quote')} defaultValue={current?.quote} />
      <TextArea name="note" label={t('fields.note')} defaultValue={current?.note} />
    </>
  );
}

export function CreateOfficerForm({ members }: { members: Option[] }) {
  const t = useTranslations('StaffPartnerships');
  const locale = useLocale();
  return (
    <ActionForm action={createOfficerAction} submitLabel={t('createOfficer')}>
      <SelectField
        name="member"
        label={t('fields.officerMember')}
        isRequired
        placeholder={t('choose')}
        options={localOptions(members, locale)}
        hint={t('officerMemberHint')}
      />
      <OfficerFields />
    </ActionForm>
  );
}

export function UpdateOfficerForm({ current }: { current: Officer }) {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm action={updateOfficerAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <OfficerFields current={current} />
    </ActionForm>
  );
}
