import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, td, th } from '@/components/ui/table';
import type { LocalGovernmentRow } from '@/lib/local-governments/staff-queries';
import { Link } from '@/lib/i18n/navigation';
import { localField, localName } from '@/lib/core/names';

export async function LocalGovernmentTable({ rows }: { rows: LocalGovernmentRow[] }) {
  const [t, tKind, locale] = await Promise.all([getTranslations('Admin.localGovernments'), getTranslations('Kind'), getLocale()]);
  if (rows.length === 0) return <p className="text-ink-soft">{t('empty')}</p>;
  return (
    <DataTable caption={t('caption')}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('code')}
          </th>
          <th scope="col" className={th}>
            {t('name')}
          </th>
          <th scope="col" className={th}>
            {t('region')}
          </th>
          <th scope="col" className={th}>
            {t('status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={`${td} tabular`}>{row.code}</td>
            <th scope="row" className={`${td} font-medium`}>
              <Link href={`/admin/local-governments/${row.id}`}>{localName(row, locale)}</Link>
              <span className="ml-2 text-xs font-normal text-ink-soft">{tKind(row.kind as 'si')}</span>
            </th>
            <td className={td}>{localField(row.region, 'short', locale)}</td>
            <td className={td}>
              {row.abolishedOn ? t('abolishedOn', { date: row.abolishedOn }) : row.isDesignated ? t('designated') : t('notDesignated')}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
