'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { localOptions, type Option } from '@/lib/core/names';
import {
  addNetworkRoleAction,
  createNetworkMembershipAction,
  updateNetworkAction,
  updateNetworkMembershipAction,
} from '@/lib/networks/actions';
import { NETWORK_MEMBERSHIP_STATUSES } from '@/lib/networks/schemas';

type Network = {
  id: number;
  version: number;
  nameKo: string;
  nameEn: string;
  shortKo: string;
  shortEn: string;
  foundedOn: string | null;
  descriptionKo: string;
  descriptionEn: string;
  url: string | null;
  source: string;
};
type Membership = {
  id: number;
  version: number;
  status: string;
  appliedOn: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  source: string;
  quote: string | null;
  note: string | null;
};

export function UpdateNetworkForm({ current }: { current: Network }) {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm action={updateNetworkAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <TextField name="nameKo" label={t('fields.nameKo')} defaultValue={current.nameKo} isRequired maxLength={200} />
      <TextField name="nameEn" label={t('fields.nameEn')} defaultValue={current.nameEn} isRequired maxLength={200} />
      <TextField name="shortKo" label={t('fields.shortKo')} defaultValue={current.shortKo} isRequired maxLength={40} />
      <TextField name="shortEn" label={t('fields.shortEn')} defaultValue={current.shortEn} isRequired maxLength={40} />
      <TextField name="foundedOn" label={t('fields.foundedOn')} defaultValue={current.foundedOn} hint={t('partialDateHint')} />
      <TextArea name="descriptionKo" label={t('fields.descriptionKo')} defaultValue={current.descriptionKo} />
      <TextArea name="descriptionEn" label={t('fields.descriptionEn')} defaultValue={current.descriptionEn} />
      <TextField name="url" label={t('fields.url')} defaultValue={current.url} maxLength={500} />
      <TextField name="source" label={t('fields.source')} defaultValue={current.source} isRequired maxLength={1000} />
    </ActionForm>
  );
}

function MembershipFields({ current }: { current?: Membership }) {
  const t = useTranslations('StaffPartnerships');
  const tStatus = useTranslations('MembershipStatus');
  return (
    <>
      <SelectField
        name="status"
        label={t('fields.status')}
        isRequired
        defaultValue={current?.status ?? 'member'}
        options={NETWORK_MEMBERSHIP_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
        hint={t('statusHint')}
      />
      <TextField name="appliedOn" label={t('fields.appliedOn')} defaultValue={current?.appliedOn} hint={t('partialDateHint')} />
      <TextField name="joinedOn" label={t('fields.joinedOn')} defaultValue={current?.joinedOn} hint={t('partialDateHint')} />
      <TextField name="leftOn" label={t('fields.leftOn')} defaultValue={current?.leftOn} hint={t('partialDateHint')} />
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

export function CreateNetworkMembershipForm({ networkId, parties }: { networkId: number; parties: Option[] }) {
  const t = useTranslations('StaffPartnerships');
  const locale = useLocale();
  return (
    <ActionForm action={createNetworkMembershipAction} submitLabel={t('addMembership')} hidden={{ networkId }}>
      <SelectField name="member" label={t('fields.member')} isRequired placeholder={t('choose')} options={localOptions(parties, locale)} />
      <MembershipFields />
    </ActionForm>
  );
}

export function UpdateNetworkMembershipForm({ current }: { current: Membership }) {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm action={updateNetworkMembershipAction} submitLabel={t('save')} hidden={{ id: current.id, version: current.version }}>
      <MembershipFields current={current} />
    </ActionForm>
  );
}

export function AddNetworkRoleForm({ membershipId, version }: { membershipId: number; version: number }) {
  const t = useTranslations('StaffPartnerships');
  return (
    <ActionForm action={addNetworkRoleAction} submitLabel={t('addRole')} hidden={{ membershipId, version }}>
      <TextField name="titleKo" label={t('fields.titleKo')} isRequired maxLength={300} />
      <TextField name="titleEn" label={t('fields.titleEn')} isRequired maxLength={300} />
      <TextField name="startedOn" label={t('fields.startedOn')} hint={t('partialDateHint')} />
      <TextField name="endedOn" label={t('fields.endedOn')} hint={t('partialDateHint')} />
      <TextField name="source" label={t('fields.source')} isRequired maxLength={1000} hint={t('sourceHint')} />
      <TextArea name="quote" label={t('fields.quote')} />
    </ActionForm>
  );
}
