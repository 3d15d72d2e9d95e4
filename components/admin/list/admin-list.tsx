import { getLocale, getTranslations } from 'next-intl/server';
import { Pager } from '@/components/admin/pager';
import { DataTable, td, th } from '@/components/ui/table';
import { getPathname } from '@/lib/i18n/navigation';
import type { AdminTableSpec, ListFilter, ListFilterValues } from './spec';

const field = 'max-w-full rounded border border-ink-soft px-3 py-2';

/** A table of records from its spec: caption, column headers with scope, the row's name as a row header. */
export async function AdminTable<Row>({ spec, rows }: { spec: AdminTableSpec<Row>; rows: readonly Row[] }) {
  const t = await getTranslations();
  if (rows.length === 0) return <p className="text-ink-soft">{t(spec.empty)}</p>;
  return (
    <DataTable caption={spec.caption}>
      <thead>
        <tr>
          {spec.columns.map((column) => (
            <th key={column.header} scope="col" className={column.isNumeric ? `${th} text-right` : th}>
              {t(column.header)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={spec.rowKey(row)}>
            {spec.columns.map((column) => {
              const className = [td, column.isNumeric ? 'text-right' : '', column.isRowHeader ? 'font-medium' : '', column.className ?? '']
                .filter(Boolean)
                .join(' ');
              return column.isRowHeader ? (
                <th key={column.header} scope="row" className={className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} className={className}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The filters above a list: a GET form, so they work without JavaScript and stay in the URL. */
export async function ListFilters({ path, filters, values }: { path: string; filters: readonly ListFilter[]; values: ListFilterValues }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const value = (name: string) => (values[name] === undefined ? '' : String(values[name]));
  return (
    <form role="search" method="get" action={getPathname({ href: path, locale })} className="mb-4 flex flex-wrap items-end gap-3">
      {filters.map((filter) => {
        const id = `list-${filter.name}`;
        return (
          <div
            key={filter.name}
            className={filter.kind === 'text' ? 'flex max-w-full min-w-56 flex-1 flex-col gap-1' : 'flex max-w-full min-w-0 flex-col gap-1'}
          >
            <label htmlFor={id} className="text-sm font-semibold">
              {t(filter.label)}
            </label>
            {filter.kind === 'select' ? (
              <select id={id} name={filter.name} defaultValue={value(filter.name)} className={field}>
                <option value="">{t(filter.allLabel)}</option>
                {filter.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={filter.name}
                type={filter.kind === 'text' ? 'search' : 'date'}
                defaultValue={value(filter.name)}
                maxLength={filter.kind === 'text' ? (filter.maxLength ?? 60) : undefined}
                className={field}
              />
            )}
          </div>
        );
      })}
      <button type="submit" className="rounded bg-primary-600 px-4 py-2 font-semibold text-white hover:bg-primary-700">
        {t('Admin.list.apply')}
      </button>
    </form>
  );
}

/**
 * A staff list (house style §1: the page only reads its filters and data): the filters, the table,
 * and, when the list has pages, the links between them, keeping the filters.
 */
export async function AdminList<Row>({
  path,
  filters = [],
  values = {},
  table,
  rows,
  pages,
}: {
  /** The list's route without its locale: '/admin/designations'. */
  path: string;
  filters?: readonly ListFilter[];
  values?: ListFilterValues;
  table: AdminTableSpec<Row>;
  rows: readonly Row[];
  pages?: { page: number; total: number; size?: number };
}) {
  const pagerParams = Object.fromEntries(filters.map((filter) => [filter.name, values[filter.name]?.toString() || undefined]));
  return (
    <>
      {filters.length > 0 ? <ListFilters path={path} filters={filters} values={values} /> : null}
      <AdminTable spec={table} rows={rows} />
      {pages ? <Pager path={path} params={pagerParams} page={pages.page} total={pages.total} size={pages.size} /> : null}
    </>
  );
}
