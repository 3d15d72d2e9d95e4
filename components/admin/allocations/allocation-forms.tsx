'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { localOptions, type Option } from '@/lib/core/names';
import {
  changeAllocationStatusAction,
  createAllocationAction,
  deleteAllocationAction,
  updateAllocationAction,
} from '@/lib/subsidies/actions';
import { ALLOCATION_STATUSES } from '@/lib/subsidies/schemas';
import { ApproximateField } from '../programmes/programme-forms';

type Kind = 'local_government' | 'region';
export type AllocationFormValues = {
  id: number;
  version: number;
  recipientKind: Kind;
  recipientId: number;
  amount: string;
  isAmountApproximate: boolean;
  status: string;
  announcementId: number | null;
  note: string | null;
};

/** The recipient select of the kind the programme funds: a local government, or a region. */
function RecipientField({ kind, recipients, defaultValue }: { kind: Kind; recipients: Option[]; defaultValue?: number }) {
  const t = useTranslations('Admin.subsidyForms');
  const tFields = useTranslations('Fields');
  const locale = useLocale();
  const name = kind === 'region' ? 'regionId' : 'localGovernmentId';
  return (
    <SelectField
      name={name}
      label={tFields(name)}
      defaultValue={defaultValue}
      isRequired
      placeholder={t('choose')}
      options={localOptions(recipients, locale)}
    />
  );
}

function AmountFields({
  announcements,
  current,
}: {
  announcements: Option[];
  current: { amount?: string | null; isAmountApproximate?: boolean; announcementId?: number | null; note?: string | null };
}) {
  const t = useTranslations('Admin.subsidyForms');
  const tFields = useTranslations('Fields');
  const locale = useLocale();
  return (
    <>
      <TextField
        name="amount"
        inputMode="numeric"
        label={tFields('amount')}
        defaultValue={current.amount}
        isRequired
        maxLength={24}
        hint={t('amountHint')}
      />
      <ApproximateField defaultValue={current.isAmountApproximate} />
      <SelectField
        name="announcementId"
        label={tFields('announcementId')}
        defaultValue={current.announcementId}
        placeholder={t('noAnnouncement')}
        options={localOptions(announcements, locale)}
        hint={t('announcementHint')}
      />
      <TextArea name="note" label={tFields('note')} defaultValue={current.note} />
    </>
  );
}

function StatusField({ defaultValue, hint }: { defaultValue?: string; hint?: string }) {
  const tFields = useTranslations('Fields');
  const tStatus = useTranslations('Admin.subsidyForms.statuses');
  return (
    <SelectField
      name="status"
      label={tFields('status')}
      defaultValue={defaultValue}
      isRequired
      options={ALLOCATION_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
      hint={hint}
    />
  );
}

export function CreateAllocationForm({
  programme,
  recipients,
  announcements,
}: {
  programme: {
    id: number;
    recipientKind: Kind;
    amountPerRecipient: string | null;
    isAmountApproximate: boolean;
    announcementId: number | null;
  };
  recipients: Option[];
  announcements: Option[];
}) {
  const t = useTranslations('Admin.allocations');
  return (
    <ActionForm action={createAllocationAction} submitLabel={t('create')} hidden={{ programmeId: programme.id }}>
      <RecipientField kind={programme.recipientKind} recipients={recipients} />
      <AmountFields
        announcements={announcements}
        current={{
          amount: programme.amountPerRecipient,
          isAmountApproximate: programme.isAmountApproximate,
          announcementId: programme.announcementId,
        }}
      />
      <StatusField defaultValue="draft" hint={t('statusHint')} />
    </ActionForm>
  );
}

export function UpdateAllocationForm({
  current,
  recipients,
  announcements,
}: {
  current: AllocationFormValues;
  recipients: Option[];
  announcements: Option[];
}) {
  const t = useTranslations('Admin.allocations');
  return (
    <ActionForm action={updateAllocationAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <RecipientField kind={current.recipientKind} recipients={recipients} defaultValue={current.recipientId} />
      <AmountFields announcements={announcements} current={current} />
    </ActionForm>
  );
}

export function ChangeAllocationStatusForm({ current }: { current: AllocationFormValues }) {
  const t = useTranslations('Admin.allocations');
  const tFields = useTranslations('Fields');
  return (
    <ActionForm action={changeAllocationStatusAction} submitLabel={t('changeStatus')} hidden={{ id: current.id, version: current.version }}>
      <StatusField defaultValue={current.status} hint={t('statusHint')} />
      <TextArea name="note" label={tFields('note')} hint={t('statusNoteHint')} />
    </ActionForm>
  );
}

export function DeleteAllocationForm({ current }: { current: { id: number; version: number } }) {
  const t = useTranslations('Admin.allocations');
  return (
    <ActionForm action={deleteAllocationAction} submitLabel={t('delete')} isDanger hidden={{ id: current.id, version: current.version }} />
  );
}
