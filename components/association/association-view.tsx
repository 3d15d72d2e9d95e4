import { getLocale, getTranslations } from 'next-intl/server';
import { OrganisationName } from '@/components/partnerships/organisation-name';
import { PartialDate, PartialPeriod } from '@/components/partnerships/partial-date';
import { SourceNote } from '@/components/partnerships/source-note';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { AssociationView, OfficerView } from '@/lib/association/queries';
import { localField, localName } from '@/lib/core/names';
import { MemberCounts } from './member-counts';

async function OfficerTable({ officers, caption, showArea }: { officers: OfficerView[]; caption: string; showArea?: boolean }) {
  const [t, tRole, locale] = await Promise.all([getTranslations('Association'), getTranslations('OfficerRole'), getLocale()]);
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('term')}
          </th>
          <th scope="col" className={th}>
            {showArea ? t('area') : t('role')}
          </th>
          <th scope="col" className={th}>
            {t('person')}
          </th>
          <th scope="col" className={th}>
            {t('memberBody')}
          </th>
          <th scope="col" className={th}>
            {t('period')}
          </th>
          <th scope="col" className={th}>
            {t('source')}
          </th>
        </tr>
      </thead>
      <tbody>
        {officers.map((officer, index) => (
          <tr key={`${officer.role}-${officer.organisation.slug}-${officer.startedOn}-${index}`}>
            <td className={`${td} whitespace-nowrap`}>
              {officer.termOrdinal ? t('ordinal', { ordinal: officer.termOrdinal }) : <span className="text-ink-soft">–</span>}
            </td>
            <td className={td}>{showArea ? (localField(officer, 'represents', locale) ?? '–') : tRole(officer.role)}</td>
            <th scope="row" className={`${td} font-medium`}>
              {officer.personKo ? (
                localField(officer, 'person', locale)
              ) : (
                <span className="font-normal text-ink-soft">{t('personNotNamed')}</span>
              )}
            </th>
            <td className={td}>
              <OrganisationName organisation={officer.organisation} />
            </td>
            <td className={td}>
              <PartialPeriod from={officer.startedOn} to={officer.endedOn} />
            </td>
            <td className={td}>
              <SourceNote source={officer.source} quote={officer.quote} note={officer.note} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The association: its founding and statutory basis, general assemblies, officers over time,
 * regional representatives, and its members as counted where names are not published. */
export async function AssociationOverview({ association }: { association: AssociationView }) {
  const [t, tEvent, locale] = await Promise.all([getTranslations('Association'), getTranslations('AssociationEventKind'), getLocale()]);
  const chairs = association.officers.filter((officer) => officer.role === 'chair');
  const others = association.officers.filter((officer) => officer.role !== 'chair' && officer.role !== 'regional_representative');
  const representatives = association.officers.filter((officer) => officer.role === 'regional_representative');
  return (
    <>
      <Section id="history" title={t('historyTitle')} description={t('historyHint')}>
        <DataTable caption={t('historyCaption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('date')}
              </th>
              <th scope="col" className={th}>
                {t('event')}
              </th>
              <th scope="col" className={th}>
                {t('place')}
              </th>
              <th scope="col" className={th}>
                {t('source')}
              </th>
            </tr>
          </thead>
          <tbody>
            {association.events.map((event) => (
              <tr key={`${event.heldOn}-${event.kind}`}>
                <td className={`${td} whitespace-nowrap`}>
                  <PartialDate value={event.heldOn} />
                </td>
                <th scope="row" className={`${td} font-medium`}>
                  <span className="block text-sm font-normal text-ink-soft">{tEvent(event.kind)}</span>
                  {localName({ nameKo: event.titleKo, nameEn: event.titleEn }, locale)}
                </th>
                <td className={td}>{localField(event, 'place', locale) ?? <span className="text-ink-soft">–</span>}</td>
                <td className={td}>
                  <SourceNote source={event.source} quote={event.quote} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Section>
      <Section id="chairs" title={t('chairsTitle')} description={t('chairsHint')}>
        <OfficerTable officers={chairs} caption={t('chairsCaption')} />
      </Section>
      <Section id="officers" title={t('officersTitle')}>
        <OfficerTable officers={others} caption={t('officersCaption')} />
      </Section>
      <Section id="regional" title={t('regionalTitle')} description={t('regionalHint')}>
        <OfficerTable officers={representatives} caption={t('regionalCaption')} showArea />
      </Section>
      <Section id="members" title={t('membersTitle')} description={t('membersHint')}>
        <MemberCounts counts={association.memberCounts} />
      </Section>
      <Section id="superintendents" title={t('superintendentsTitle')} description={t('superintendentsHint')}>
        {association.superintendents.length === 0 ? (
          <p>{t('superintendentsNone')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {association.superintendents.map((member) => (
              <li key={member.office.slug}>
                {localName(member.office, locale)} (<PartialPeriod from={member.joinedOn} to={member.leftOn} />)
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
