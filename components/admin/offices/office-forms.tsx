'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { addJurisdictionAction, endJurisdictionAction, retireOfficeAction, updateOfficeAction } from '@/lib/offices/actions';
import { localOptions, type Option } from '@/lib/core/names';

type Current = { id: number; version: number; nameKo: string; nameEn: string; shortKo: string };

export function UpdateOfficeForm({ current }: { current: Current }) {
  const t = useTranslations('Admin.offices');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm action={updateOfficeAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <TextField name="nameKo" label={tFields('nameKo')} defaultValue={current.nameKo} isRequired maxLength={80} />
      <TextField name="nameEn" label={tFields('nameEn')} defaultValue={current.nameEn} isRequired maxLength={120} />
      <TextField name="shortKo" label={tFields('shortKo')} defaultValue={current.shortKo} isRequired maxLength={40} />
    </ActionForm>
  );
}

export function AddJurisdictionForm({ current, localGovernments }: { current: Current; localGovernments: Option[] }) {
  const t = useTranslations('Admin.offices');
  const tFields = useTranslations('Fields');
  const locale = useLocale();
  return (
    <ActionForm action={addJurisdictionAction} submitLabel={t('addCoverage')} hidden={{ officeId: current.id, version: current.version }}>
      <SelectField
        name="localGovernmentId"
        label={tFields('localGovernmentId')}
        isRequired
        placeholder={t('choose')}
        options={localOptions(localGovernments, locale)}
      />
      <TextField name="validFrom" type="date" label={tFields('validFrom')} isRequired hint={t('validFromHint')} />
    </ActionForm>
  );
}

export function EndJurisdictionForm({ current, jurisdictionId, label }: { current: Current; jurisdictionId: number; label: string }) {
  const t = useTranslations('Admin.offices');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm
      action={endJurisdictionAction}
      submitLabel={t('endCoverage', { name: label })}
      isDanger
      hidden={{ officeId: current.id, version: current.version, jurisdictionId }}
    >
      <TextField name="validUntil" type="date" label={tFields('validUntil')} isRequired />
    </ActionForm>
  );
}

export function RetireOfficeForm({ current, successors }: { current: Current; successors: Option[] }) {
  const t = useTranslations('Admin.offices');
  const tFields = useTranslations('Fields');
  const locale = useLocale();
  return (
    <ActionForm action={retireOfficeAction} submitLabel={t('retire')} isDanger hidden={{ id: current.id, version: current.version }}>
      <TextField name="abolishedOn" type="date" label={tFields('abolishedOn')} isRequired />
      <SelectField
        name="successorId"
        label={tFields('successorId')}
        placeholder={t('noSuccessor')}
        options={localOptions(successors, locale)}
      />
    </ActionForm>
  );
}
