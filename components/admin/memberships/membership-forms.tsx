'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { createMembershipAction, retireMembershipAction, updateMembershipAction } from '@/lib/memberships/actions';
import { MEMBERSHIP_KINDS } from '@/lib/memberships/schemas';
import { localOptions, type Option } from '@/lib/core/names';

type Current = { id: number; version: number; joinedOn: string | null; leftOn: string | null; source: string; note: string | null };

export function CreateMembershipForm({ localGovernments, offices }: { localGovernments: Option[]; offices: Option[] }) {
  const t = useTranslations('Admin.memberships');
  const tFields = useTranslations('Fields');
  const tKind = useTranslations('Admin.membershipKinds');
  const locale = useLocale();
  return (
    <ActionForm action={createMembershipAction} submitLabel={t('create')}>
      <SelectField
        name="kind"
        label={tFields('kind')}
        isRequired
        placeholder={t('choose')}
        options={MEMBERSHIP_KINDS.map((kind) => ({ value: kind, label: tKind(kind) }))}
      />
      <SelectField
        name="localGovernmentId"
        label={tFields('localGovernmentId')}
        placeholder={t('choose')}
        options={localOptions(localGovernments, locale)}
        hint={t('mayorHint')}
      />
      <SelectField
        name="officeId"
        label={tFields('officeId')}
        placeholder={t('choose')}
        options={localOptions(offices, locale)}
        hint={t('superintendentHint')}
      />
      <TextField name="joinedOn" type="date" label={tFields('joinedOn')} />
      <TextField name="source" label={tFields('source')} isRequired maxLength={500} />
      <TextArea name="note" label={tFields('note')} />
    </ActionForm>
  );
}

export function UpdateMembershipForm({ current }: { current: Current }) {
  const t = useTranslations('Admin.memberships');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm action={updateMembershipAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <TextField name="joinedOn" type="date" label={tFields('joinedOn')} defaultValue={current.joinedOn} />
      <TextField name="leftOn" type="date" label={tFields('leftOn')} defaultValue={current.leftOn} />
      <TextField name="source" label={tFields('source')} defaultValue={current.source} isRequired maxLength={500} />
      <TextArea name="note" label={tFields('note')} defaultValue={current.note} />
    </ActionForm>
  );
}

export function RetireMembershipForm({ current }: { current: Current }) {
  const t = useTranslations('Admin.memberships');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm action={retireMembershipAction} submitLabel={t('retire')} isDanger hidden={{ id: current.id, version: current.version }}>
      <TextField name="leftOn" type="date" label={tFields('leftOn')} isRequired />
    </ActionForm>
  );
}
