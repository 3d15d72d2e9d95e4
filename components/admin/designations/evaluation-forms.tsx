'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { FileField, SelectField, TextArea, TextField } from '@/components/forms/fields';
import {
  importEvaluationsAction,
  recordEvaluationAction,
  setEvaluationCohortAction,
  updateEvaluationAction,
} from '@/lib/designations/actions';
import { EVALUATION_OUTCOMES } from '@/lib/designations/schedule';
import { localOptions, type Option } from '@/lib/core/names';

type Evaluation = {
  id: number;
  dueYear: number;
  heldOn: string | null;
  outcome: string;
  validUntilYear: number | null;
  followUpYear: number | null;
  score: number | null;
  isOutstanding: boolean;
  announcementId: number | null;
  source: string | null;
  note: string | null;
};

function OutcomeFields({
  announcements,
  current,
  suggestedDueYear,
}: {
  announcements: Option[];
  current?: Evaluation;
  suggestedDueYear?: number;
}) {
  const t = useTranslations('Admin.evaluations');
  const tFields = useTranslations('Fields');
  const tOutcome = useTranslations('EvaluationOutcome');
  const locale = useLocale();
  return (
    <>
      <TextField
        name="dueYear"
        type="number"
        inputMode="numeric"
        label={tFields('dueYear')}
        defaultValue={current?.dueYear ?? suggestedDueYear}
        isRequired
        hint={t('dueYearHint')}
      />
      <SelectField
        name="outcome"
        label={tFields('outcome')}
        isRequired
        defaultValue={current?.outcome}
        placeholder={t('chooseOutcome')}
        options={EVALUATION_OUTCOMES.map((outcome) => ({ value: outcome, label: tOutcome(outcome) }))}
      />
      <TextField name="heldOn" type="date" label={tFields('heldOn')} defaultValue={current?.heldOn} hint={t('heldOnHint')} />
      <TextField
        name="validUntilYear"
        type="number"
        inputMode="numeric"
        label={tFields('validUntilYear')}
        defaultValue={current?.validUntilYear}
        hint={t('validUntilHint')}
      />
      <TextField
        name="followUpYear"
        type="number"
        inputMode="numeric"
        label={tFields('followUpYear')}
        defaultValue={current?.followUpYear}
        hint={t('followUpHint')}
      />
      <TextField name="score" inputMode="decimal" label={tFields('score')} defaultValue={current?.score} hint={t('scoreHint')} />
      <SelectField
        name="isOutstanding"
        label={tFields('isOutstanding')}
        defaultValue={current?.isOutstanding ? 'true' : 'false'}
        hint={t('outstandingHint')}
        options={[
          { value: 'false', label: t('notOutstanding') },
          { value: 'true', label: t('outstanding') },
        ]}
      />
      <SelectField
        name="announcementId"
        label={tFields('announcementId')}
        defaultValue={current?.announcementId}
        placeholder={t('noAnnouncement')}
        options={localOptions(announcements, locale)}
      />
      <TextField name="source" label={tFields('source')} defaultValue={current?.source} maxLength={500} hint={t('sourceHint')} />
      <TextArea name="note" label={tFields('note')} defaultValue={current?.note} />
    </>
  );
}

export function RecordEvaluationForm({
  designationId,
  version,
  suggestedDueYear,
  announcements,
}: {
  designationId: number;
  version: number;
  suggestedDueYear: number;
  announcements: Option[];
}) {
  const t = useTranslations('Admin.evaluations');
  return (
    <ActionForm action={recordEvaluationAction} submitLabel={t('record')} hidden={{ designationId, version }}>
      <OutcomeFields announcements={announcements} suggestedDueYear={suggestedDueYear} />
    </ActionForm>
  );
}

export function UpdateEvaluationForm({
  evaluation,
  version,
  announcements,
}: {
  evaluation: Evaluation;
  version: number;
  announcements: Option[];
}) {
  const t = useTranslations('Admin.evaluations');
  return (
    <ActionForm action={updateEvaluationAction} submitLabel={t('saveCorrection')} hidden={{ id: evaluation.id, version }}>
      <OutcomeFields announcements={announcements} current={evaluation} />
    </ActionForm>
  );
}

export function SetCohortForm({
  designationId,
  version,
  cohortYear,
}: {
  designationId: number;
  version: number;
  cohortYear: number | null;
}) {
  const t = useTranslations('Admin.evaluations');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm action={setEvaluationCohortAction} submitLabel={t('saveCohort')} hidden={{ id: designationId, version }}>
      <TextField
        name="evaluationCohortYear"
        type="number"
        inputMode="numeric"
        label={tFields('evaluationCohortYear')}
        defaultValue={cohortYear}
        hint={t('cohortHint')}
      />
      <TextArea name="note" label={tFields('note')} hint={t('cohortNoteHint')} />
    </ActionForm>
  );
}

export function ImportEvaluationsForm({ defaultYear }: { defaultYear: number }) {
  const t = useTranslations('Admin.evaluations.import');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm
      action={importEvaluationsAction}
      submitLabel={t('apply')}
      secondarySubmit={{ name: 'intent', value: 'check', label: t('check') }}
      hidden={{}}
      submitName="intent"
      submitValue="apply"
    >
      <TextField name="dueYear" type="number" inputMode="numeric" label={tFields('dueYear')} defaultValue={defaultYear} isRequired />
      <TextField name="source" label={tFields('source')} isRequired maxLength={500} hint={t('sourceHint')} />
      <TextArea name="text" rows={10} label={t('text')} hint={t('textHint')} />
      <FileField name="file" accept=".csv,.tsv,.txt,text/csv,text/plain" label={t('file')} hint={t('fileHint')} />
    </ActionForm>
  );
}
