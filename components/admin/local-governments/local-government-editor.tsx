import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { getLocalGovernmentForEdit, RegionOption } from '@/lib/local-governments/staff-queries';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { RenameLocalGovernmentForm, RetireLocalGovernmentForm, UpdateLocalGovernmentForm } from './local-government-forms';
import { localField } from '@/lib/core/names';

type Record = NonNullable<Awaited<ReturnType<typeof getLocalGovernmentForEdit>>>;

export async function LocalGovernmentEditor({ lg, regions, canEdit }: { lg: Record; regions: RegionOption[]; canEdit: boolean }) {
  const [t, tFields, tKind, tStatus, locale] = await Promise.all([
    getTranslations('Admin.localGovernments'),
    getTranslations('Fields'),
    getTranslations('Admin.kinds'),
    getTranslations('DesignationStatus'),
    getLocale(),
  ]);
  const current = {
    id: lg.id,
    version: lg.version,
    // A former unit no source gives a code for: staff enter one to save a correction.
    code: lg.code ?? '',
    kind: lg.kind,
    nameKo: lg.nameKo,
    nameEn: lg.nameEn,
    regionId: lg.regionId,
  };
  return (
    <>
      <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{tFields('code')}</dt>
        <dd className="tabular">{lg.code}</dd>
        <dt className="font-semibold">{tFields('kind')}</dt>
        <dd>{tKind(lg.kind)}</dd>
        <dt className="font-semibold">{tFields('currentSince')}</dt>
        <dd>{lg.currentSince ?? '—'}</dd>
        <dt className="font-semibold">{tFields('abolishedOn')}</dt>
        <dd>{lg.abolishedOn ?? '—'}</dd>
        <dt className="font-semibold">{t('publicPage')}</dt>
        <dd>
          <Link href={`/cities/${lg.slug}`}>{getPathname({ href: `/cities/${lg.slug}`, locale })}</Link>
        </dd>
        <dt className="font-semibold">{t('designationsOfIt')}</dt>
        <dd>
          {lg.designations.length === 0 ? (
            <Link href={`/admin/designations/new?localGovernmentId=${lg.id}`}>{t('designateIt')}</Link>
          ) : (
            <ul>
              {lg.designations.map((d) => (
                <li key={d.id}>
                  <Link href={`/admin/designations/${d.id}`}>{`${d.firstYear ?? `≤${d.designatedByYear}`} · ${tStatus(d.status)}`}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      <Section id="periods" title={t('periods')}>
        {lg.periods.length === 0 ? (
          <p className="text-ink-soft">{t('noPeriods')}</p>
        ) : (
          <DataTable caption={t('periods')}>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t('period')}
                </th>
                <th scope="col" className={th}>
                  {tFields('nameKo')}
                </th>
                <th scope="col" className={th}>
                  {tFields('nameEn')}
                </th>
                <th scope="col" className={th}>
                  {tFields('code')}
                </th>
                <th scope="col" className={th}>
                  {tFields('regionId')}
                </th>
              </tr>
            </thead>
            <tbody>
              {lg.periods.map((p) => (
                <tr key={p.validUntil}>
                  <td className={td}>{`${p.validFrom ?? '…'} – ${p.validUntil}`}</td>
                  <td className={td}>{p.nameKo}</td>
                  <td className={td}>{p.nameEn}</td>
                  <td className={`${td} tabular`}>{p.code}</td>
                  <td className={td}>{localField(p.region, 'short', locale)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>

      {canEdit ? (
        <>
          <Section id="correct" title={t('correctTitle')} description={t('correctLede')}>
            <UpdateLocalGovernmentForm regions={regions} current={current} />
          </Section>
          <Section id="rename" title={t('renameTitle')} description={t('renameLede')}>
            <RenameLocalGovernmentForm regions={regions} current={current} />
          </Section>
          {lg.abolishedOn ? null : (
            <Section id="retire" title={t('retireTitle')} description={t('retireLede')}>
              <RetireLocalGovernmentForm current={current} />
            </Section>
          )}
        </>
      ) : (
        <p className="mt-6 rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
    </>
  );
}
