'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { createDesignationAction, retireDesignationAction, updateDesignationAction } from '@/lib/designations/actions';
import { ENDED_STATUSES } from '@/lib/designations/schemas';
import { localOptions, type Option } from '@/lib/core/names';

type Current = {
  id: number;
  version: number;
  firstYear: number | null;
  designatedOn: string | null;
  announcementId: number | null;
  source: string;
  note: string | null;
};

function SourceFields({ announcements, current }: { announcements: Option[]; current?: Current }) {
  const t = useTranslations('Fields');
  const tAdmin = useTranslations('Admin.designations');
  const locale = useLocale();
  return (
    <>
      <SelectField
        name="announcementId"
        label={t('announcementId')}
        defaultValue={current?.announcementId}
        placeholder={tAdmin('noAnnouncement')}
        options={localOptions(announcements, locale)}
        hint={tAdmin('announcementHint')}
      />
      <TextField
        name="designatedOn"
        type="date"
        label={t('designatedOn')}
        defaultValue={current?.designatedOn}
        hint={tAdmin('designatedOnHint')}
      />
      <TextField name="source" label={t('source')} defaultValue={current?.source} isRequired maxLength={500} hint={tAdmin('sourceHint')} />
      <TextArea name="note" label={t('note')} defaultValue={current?.note} />
    </>
  );
}

export function CreateDesignationForm({
  localGovernments,
  announcements,
  preselected,
}: {
  localGovernments: Option[];
  announcements: Option[];
  preselected?: string;
}) {
  const t = useTranslations('Admin.designations');
  const tFields = useTranslations('Fields');
  const locale = useLocale();
  return (
    <ActionForm action={createDesignationAction} submitLabel={t('create')}>
      <SelectField
        name="localGovernmentId"
        label={tFields('localGovernmentId')}
        defaultValue={preselected}
        isRequired
        placeholder={t('chooseCity')}
        options={localOptions(localGovernments, locale)}
        hint={t('cityHint')}
      />
      <TextField
        name="firstYear"
        type="number"
        inputMode="numeric"
        label={tFields('firstYear')}
        defaultValue={new Date().getFullYear()}
        isRequired
      />
      <SourceFields announcements={announcements} />
    </ActionForm>
  );
}

export function UpdateDesignationForm({ announcements, current }: { announcements: Option[]; current: Current }) {
  const t = useTranslations('Admin.designations');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm action={updateDesignationAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <TextField
        name="firstYear"
        type="number"
        inputMode="numeric"
        label={tFields('firstYear')}
        defaultValue={current.firstYear}
        hint={t('yearUnknownHint')}
      />
      <SourceFields announcements={announcements} current={current} />
    </ActionForm>
  );
}

export function RetireDesignationForm({ current }: { current: Current }) {
  const t = useTranslations('Admin.designations');
  const tFields = useTranslations('Fields');
  const tStatus = useTranslations('Admin.designationEnds');
  return (
    <ActionForm action={retireDesignationAction} submitLabel={t('retire')} isDanger hidden={{ id: current.id, version: current.version }}>
      <SelectField
        name="status"
        label={tFields('status')}
        isRequired
        placeholder={t('chooseEnd')}
        options={ENDED_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
      />
      <TextField name="endedOn" type="date" label={tFields('endedOn')} isRequired />
      <TextArea name="note" label={tFields('note')} hint={t('retireNoteHint')} />
    </ActionForm>
  );
}
