import { getLocale, getTranslations } from 'next-intl/server';
import { OrganisationName } from '@/components/partnerships/organisation-name';
import { PartialDate, PartialPeriod } from '@/components/partnerships/partial-date';
import { SourceNote } from '@/components/partnerships/source-note';
import { DataTable, td, th } from '@/components/ui/table';
import { localField } from '@/lib/core/names';
import type { NetworkMember } from '@/lib/networks/queries';

/** A network's Korean members, applicants and former members, each with its dates, roles and source. */
export async function NetworkMembers({ members, caption }: { members: NetworkMember[]; caption: string }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations('Networks'), getTranslations('MembershipStatus'), getLocale()]);
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('member')}
          </th>
          <th scope="col" className={th}>
            {t('status')}
          </th>
          <th scope="col" className={th}>
            {t('joined')}
          </th>
          <th scope="col" className={th}>
            {t('roles')}
          </th>
          <th scope="col" className={th}>
            {t('source')}
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.organisation.slug}>
            <th scope="row" className={`${td} font-medium`}>
              <OrganisationName organisation={member.organisation} />
            </th>
            <td className={td}>
              {tStatus(member.status)}
              {member.status === 'applied' && member.appliedOn ? (
                <span className="block text-sm text-ink-soft">
                  {t('appliedOn')} <PartialDate value={member.appliedOn} />
                </span>
              ) : null}
              {member.leftOn ? (
                <span className="block text-sm text-ink-soft">
                  {t('leftOn')} <PartialDate value={member.leftOn} />
                </span>
              ) : null}
            </td>
            <td className={`${td} whitespace-nowrap`}>
              {member.status === 'applied' ? <span className="text-ink-soft">–</span> : <PartialDate value={member.joinedOn} />}
            </td>
            <td className={td}>
              {member.roles.length === 0 ? (
                <span className="text-ink-soft">–</span>
              ) : (
                <ul className="flex flex-col gap-1">
                  {member.roles.map((role) => (
                    <li key={`${role.titleEn}-${role.startedOn}`}>
                      {localField(role, 'title', locale)} (<PartialPeriod from={role.startedOn} to={role.endedOn} />)
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className={td}>
              <SourceNote source={member.source} quote={member.quote} note={member.note} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
