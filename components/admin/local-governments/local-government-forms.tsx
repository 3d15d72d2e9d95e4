'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import {
  createLocalGovernmentAction,
  renameLocalGovernmentAction,
  retireLocalGovernmentAction,
  updateLocalGovernmentAction,
} from '@/lib/local-governments/actions';
import { LOCAL_GOVERNMENT_KINDS } from '@/lib/local-governments/schemas';
import { localName } from '@/lib/core/names';

type Region = { id: number; nameKo: string; nameEn: string };
type Current = { id: number; version: number; code: string; kind: string; nameKo: string; nameEn: string; regionId: number };

function CoreFields({ regions, current }: { regions: Region[]; current?: Current }) {
  const t = useTranslations('Fields');
  const tAdmin = useTranslations('Admin.localGovernments');
  const tKind = useTranslations('Admin.kinds');
  const locale = useLocale();
  return (
    <>
      <TextField name="nameKo" label={t('nameKo')} defaultValue={current?.nameKo} isRequired maxLength={40} hint={tAdmin('nameKoHint')} />
      <TextField name="nameEn" label={t('nameEn')} defaultValue={current?.nameEn} isRequired maxLength={80} hint={tAdmin('nameEnHint')} />
      <TextField
        name="code"
        label={t('code')}
        defaultValue={current?.code}
        isRequired
        inputMode="numeric"
        maxLength={5}
        hint={tAdmin('codeHint')}
      />
      <SelectField
        name="kind"
        label={t('kind')}
        defaultValue={current?.kind}
        isRequired
        placeholder={tAdmin('choose')}
        options={LOCAL_GOVERNMENT_KINDS.map((kind) => ({ value: kind, label: tKind(kind) }))}
      />
      <SelectField
        name="regionId"
        label={t('regionId')}
        defaultValue={current?.regionId}
        isRequired
        placeholder={tAdmin('choose')}
        options={regions.map((r) => ({ value: String(r.id), label: localName(r, locale) }))}
      />
    </>
  );
}

export function CreateLocalGovernmentForm({ regions }: { regions: Region[] }) {
  const t = useTranslations('Admin.localGovernments');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm action={createLocalGovernmentAction} submitLabel={t('create')}>
      <CoreFields regions={regions} />
      <TextField name="establishedOn" type="date" label={tFields('establishedOn')} hint={t('establishedOnHint')} />
    </ActionForm>
  );
}

export function UpdateLocalGovernmentForm({ regions, current }: { regions: Region[]; current: Current }) {
  const t = useTranslations('Admin.localGovernments');
  return (
    <ActionForm
      action={updateLocalGovernmentAction}
      submitLabel={t('saveCorrection')}
      hidden={{ id: current.id, version: current.version }}
    >
      <CoreFields regions={regions} current={current} />
    </ActionForm>
  );
}

export function RenameLocalGovernmentForm({ regions, current }: { regions: Region[]; current: Current }) {
  const t = useTranslations('Admin.localGovernments');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm action={renameLocalGovernmentAction} submitLabel={t('saveRename')} hidden={{ id: current.id, version: current.version }}>
      <TextField name="effectiveOn" type="date" label={tFields('effectiveOn')} isRequired hint={t('effectiveOnHint')} />
      <CoreFields regions={regions} current={current} />
      <TextArea name="note" label={tFields('note')} hint={t('renameNoteHint')} />
    </ActionForm>
  );
}

export function RetireLocalGovernmentForm({ current }: { current: Current }) {
  const t = useTranslations('Admin.localGovernments');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm
      action={retireLocalGovernmentAction}
      submitLabel={t('retire')}
      isDanger
      hidden={{ id: current.id, version: current.version }}
    >
      <TextField name="abolishedOn" type="date" label={tFields('abolishedOn')} isRequired hint={t('abolishedOnHint')} />
    </ActionForm>
  );
}
