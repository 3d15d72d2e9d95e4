import { useTranslations } from 'next-intl';
import { TableScrollHint, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import { formatCell, type Cell, type DashboardTable } from '@/lib/subsidies/tables';

function CellContent({ cell, locale }: { cell: Cell; locale: string }) {
  const shown = formatCell(cell, locale);
  return cell.kind === 'text' && cell.href ? <Link href={cell.href}>{shown}</Link> : <>{shown}</>;
}

/** One of the dashboard's tables, exactly as the exports write it (lib/subsidies/tables.ts). */
export function DashboardTableView({ table, locale, emptyText }: { table: DashboardTable; locale: string; emptyText: string }) {
  if (table.rows.length === 0) return <p className="text-ink-soft">{emptyText}</p>;
  return (
    <div className="flex flex-col gap-2">
      <Table table={table} locale={locale} />
      {table.notes && table.notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-ink-soft" aria-label={table.caption}>
          {table.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The table in a scroll region of its own that a keyboard can reach and a screen reader names
 * (axe scrollable-region-focusable): the dashboard's tables are wider than a phone, and some
 * (announced totals, allocations) than a desktop column too.
 */
function Table({ table, locale }: { table: DashboardTable; locale: string }) {
  const align = (index: number) => (table.columns[index]?.isNumeric ? 'text-right tabular whitespace-nowrap' : '');
  const nowrap = (cell: Cell) => (cell.kind === 'year' || cell.kind === 'won' ? 'whitespace-nowrap tabular' : '');
  const t = useTranslations('Table');
  return (
    <div className="min-w-0">
      <TableScrollHint text={t('scrollHint')} />
      <div
        role="region"
        aria-label={table.caption}
        tabIndex={0}
        className="data-table-scroll relative overflow-x-auto rounded border border-line"
      >
        <table className="w-full border-collapse text-left text-sm sm:text-base">
          <caption className="sr-only">{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.label} scope="col" className={`${th} ${column.isNumeric ? 'text-right' : ''}`}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" className={`${td} font-medium ${align(index)} ${nowrap(cell)}`}>
                      <CellContent cell={cell} locale={locale} />
                    </th>
                  ) : (
                    <td key={index} className={`${td} ${align(index)} ${nowrap(cell)}`}>
                      <CellContent cell={cell} locale={locale} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          {table.footer ? (
            <tfoot>
              <tr>
                {table.footer.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" className={`${td} font-semibold`}>
                      <CellContent cell={cell} locale={locale} />
                    </th>
                  ) : (
                    <td key={index} className={`${td} font-semibold ${align(index)}`}>
                      <CellContent cell={cell} locale={locale} />
                    </td>
                  ),
                )}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}
