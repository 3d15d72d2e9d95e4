'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import {
  addAgreementPartyAction,
  createAgreementAction,
  recordAgreementNoticeAction,
  removeAgreementPartyAction,
  updateAgreementAction,
} from '@/lib/agreements/actions';
import { AGREEMENT_TOPICS } from '@/lib/agreements/filters';
import { AGREEMENT_NOTICE_KINDS, INITIAL_TERM_KINDS, topicFieldName } from '@/lib/agreements/schemas';
import { localOptions, type Option } from '@/lib/core/names';
import { CheckboxField } from './checkbox-field';

type Agreement = {
  id: number;
  version: number;
  titleKo: string;
  titleEn: string;
  signedOn: string;
  placeKo: string | null;
  placeEn: string | null;
  purposeKo: string;
  purposeEn: string;
  topics: string[];
  initialTermMonths: number | null;
  initialTermUntil: string | null;
  renewalMonths: number | null;
  maxRenewals: number | null;
  noticeMonths: number | null;
  isNoticeWritten: boolean;
  termTextKo: string | null;
  termTextEn: string | null;
  source: string;
  note: string | null;
};

function AgreementFields({ current }: { current?: Agreement }) {
  const t = useTranslations('StaffPartnerships');
  const tTopic = useTranslations('AgreementTopic');
  const termKind = current
    ? current.initialTermMonths !== null
      ? 'months'
      : current.initialTermUntil !== null
        ? 'until'
        : 'unknown'
    : 'months';
  return (
    <>
      <TextField name="titleKo" label={t('fields.titleKo')} defaultValue={current?.titleKo} isRequired maxLength={300} />
      <TextField name="titleEn" label={t('fields.titleEn')} defaultValue={current?.titleEn} isRequired maxLength={300} />
      <TextField name="signedOn" label={t('fields.signedOn')} defaultValue={current?.signedOn} isRequired hint={t('partialDateHint')} />
      <TextField name="placeKo" label={t('fields.placeKo')} defaultValue={current?.placeKo} maxLength={200} />
      <TextField name="placeEn" label={t('fields.placeEn')} defaultValue={current?.placeEn} maxLength={200} />
      <TextArea name="purposeKo" label={t('fields.purposeKo')} defaultValue={current?.purposeKo} />
      <TextArea name="purposeEn" label={t('fields.purposeEn')} defaultValue={current?.purposeEn} />
      <fieldset className="flex flex-col gap-2 rounded border border-line p-3">
        <legend className="px-1 text-sm font-semibold">{t('fields.topics')}</legend>
        {AGREEMENT_TOPICS.map((topic) => (
          <CheckboxField key={topic} name={topicFieldName(topic)} label={tTopic(topic)} defaultChecked={current?.topics.includes(topic)} />
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded border border-line p-3">
        <legend className="px-1 text-sm font-semibold">{t('termLegend')}</legend>
        <SelectField
          name="initialTermKind"
          label={t('fields.initialTermKind')}
          isRequired
          defaultValue={termKind}
          options={INITIAL_TERM_KINDS.map((kind) => ({ value: kind, label: t(`termKinds.${kind}`) }))}
        />
        <TextField
          name="initialTermMonths"
          label={t('fields.initialTermMonths')}
          defaultValue={current?.initialTermMonths}
          inputMode="numeric"
        />
        <TextField
          name="initialTermUntil"
          label={t('fields.initialTermUntil')}
          defaultValue={current?.initialTermUntil}
          hint={t('partialDateHint')}
        />
        <TextField
          name="renewalMonths"
          label={t('fields.renewalMonths')}
          defaultValue={current?.renewalMonths}
          inputMode="numeric"
          hint={t('renewalHint')}
        />
        <TextField
          name="maxRenewals"
          label={t('fields.maxRenewals')}
          defaultValue={current?.maxRenewals}
          inputMode="numeric"
          hint={t('maxRenewalsHint')}
        />
        <TextField
          name="noticeMonths"
          label={t('fields.noticeMonths')}
          defaultValue={current?.noticeMonths}
          inputMode="numeric"
          hint={t('noticeMonthsHint')}
        />
        <CheckboxField name="isNoticeWritten" label={t('fields.isNoticeWritten')} defaultChecked={current?.isNoticeWritten} />
        <TextArea name="termTextKo" label={t('fields.termTextKo')} defaultValue={current?.termTextKo} />
        <TextArea name="termTextEn" label={t('fields.termTextEn')} defaultValue={current?.termTextEn} />
      </fieldset>
      <TextField
        name="source"
        label={t('fields.source')}
        defaultValue={current?.source}
        isRequired
        maxLength={1000}
        hint={t('sourceHint')}
      />
      <TextArea name="note" label={t('fields.note')} defaultValue={current?.note} />
    </>
  );
}

export function CreateAgreementForm() {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm action={createAgreementAction} submitLabel={t('createAgreement')}>
      <TextField name="slug" label={t('fields.slug')} isRequired maxLength={100} hint={t('slugHint')} />
      <AgreementFields />
    </ActionForm>
  );
}

export function UpdateAgreementForm({ current }: { current: Agreement }) {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm action={updateAgreementAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <AgreementFields current={current} />
    </ActionForm>
  );
}

export function AddAgreementPartyForm({ agreementId, version, parties }: { agreementId: number; version: number; parties: Option[] }) {
  const t = useTranslations('StaffPartnerships');
  const locale = useLocale();
  return (
    <ActionForm action={addAgreementPartyAction} submitLabel={t('addParty')} hidden={{ agreementId, version }}>
      <SelectField name="party" label={t('fields.party')} isRequired placeholder={t('choose')} options={localOptions(parties, locale)} />
      <TextArea name="roleKo" label={t('fields.roleKo')} />
      <TextArea name="roleEn" label={t('fields.roleEn')} />
      <TextField name="signatoryKo" label={t('fields.signatoryKo')} maxLength={200} />
      <TextField name="signatoryEn" label={t('fields.signatoryEn')} maxLength={200} />
    </ActionForm>
  );
}

export function RemoveAgreementPartyForm({
  agreementId,
  version,
  partyId,
  name,
}: {
  agreementId: number;
  version: number;
  partyId: number;
  name: string;
}) {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm
      action={removeAgreementPartyAction}
      submitLabel={t('removeParty', { party: name })}
      isDanger
      hidden={{ agreementId, version, partyId }}
    />
  );
}

export function RecordAgreementNoticeForm({
  agreementId,
  version,
  parties,
}: {
  agreementId: number;
  version: number;
  parties: { id: number; name: string }[];
}) {
  const t = useTranslations('StaffPartnerships');
  const tKind = useTranslations('AgreementNoticeKind');
  return (
    <ActionForm action={recordAgreementNoticeAction} submitLabel={t('recordNotice')} hidden={{ agreementId, version }}>
      <SelectField
        name="kind"
        label={t('fields.noticeKind')}
        isRequired
        defaultValue="non_renewal"
        options={AGREEMENT_NOTICE_KINDS.map((kind) => ({ value: kind, label: tKind(kind) }))}
        hint={t('noticeKindHint')}
      />
      <TextField name="givenOn" type="date" label={t('fields.givenOn')} isRequired />
      <TextField name="lastDayInForce" type="date" label={t('fields.lastDayInForce')} hint={t('lastDayInForceHint')} />
      <SelectField
        name="byPartyId"
        label={t('fields.byParty')}
        placeholder={t('noParty')}
        options={parties.map((party) => ({ value: String(party.id), label: party.name }))}
      />
      <TextField name="source" label={t('fields.source')} isRequired maxLength={1000} hint={t('sourceHint')} />
      <TextArea name="note" label={t('fields.note')} />
    </ActionForm>
  );
}
