import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { getOfficeForEdit } from '@/lib/offices/staff-queries';
import type { Option } from '@/lib/core/names';
import { AddJurisdictionForm, EndJurisdictionForm, RetireOfficeForm, UpdateOfficeForm } from './office-forms';
import { qualifiedName } from '@/lib/core/names';

type Office = NonNullable<Awaited<ReturnType<typeof getOfficeForEdit>>>;

export async function OfficeEditor({
  office,
  options,
  canEdit,
}: {
  office: Office;
  options: { localGovernments: Option[]; successors: Option[] };
  canEdit: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations('Admin.offices'), getLocale()]);
  const name = (lg: { nameKo: string; nameEn: string; region: { shortKo: string; shortEn: string } }) =>
    qualifiedName(lg, lg.region, locale);
  const current = { id: office.id, version: office.version, nameKo: office.nameKo, nameEn: office.nameEn, shortKo: office.shortKo };
  const isDistrict = office.level === 'district';
  return (
    <>
      {office.abolishedOn ? (
        <p className="mb-4 rounded border border-warning-700 bg-warning-50 p-3">{t('retiredOn', { date: office.abolishedOn })}</p>
      ) : null}
      {isDistrict ? (
        <Section id="coverage" title={t('coverageTitle')}>
          {office.jurisdictions.length === 0 ? (
            <p className="text-ink-soft">{t('noCoverage')}</p>
          ) : (
            <DataTable caption={t('coverageTitle')}>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t('localGovernment')}
                  </th>
                  <th scope="col" className={th}>
                    {t('period')}
                  </th>
                  {canEdit ? (
                    <th scope="col" className={th}>
                      {t('endColumn')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {office.jurisdictions.map((j) => (
                  <tr key={j.id}>
                    <th scope="row" className={`${td} font-medium`}>
                      {name(j.localGovernment)}
                    </th>
                    <td className={td}>{`${j.validFrom ?? '…'} – ${j.validUntil ?? ''}`}</td>
                    {canEdit ? (
                      <td className={td}>
                        {j.validUntil ? null : (
                          <EndJurisdictionForm current={current} jurisdictionId={j.id} label={name(j.localGovernment)} />
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </Section>
      ) : null}
      {canEdit ? (
        <>
          {isDistrict && !office.abolishedOn ? (
            <Section id="add-coverage" title={t('addCoverageTitle')} description={t('addCoverageLede')}>
              <AddJurisdictionForm current={current} localGovernments={options.localGovernments} />
            </Section>
          ) : null}
          <Section id="edit" title={t('editTitle')}>
            <UpdateOfficeForm current={current} />
          </Section>
          {office.abolishedOn ? null : (
            <Section id="retire" title={t('retireTitle')} description={t('retireLede')}>
              <RetireOfficeForm current={current} successors={options.successors} />
            </Section>
          )}
        </>
      ) : (
        <p className="mt-6 rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
    </>
  );
}
