import { DataTable, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import { formatCell, type Cell, type DashboardTable } from '@/lib/subsidies/tables';

function CellContent({ cell, locale }: { cell: Cell; locale: string }) {
  const shown = formatCell(cell, locale);
  return cell.kind === 'text' && cell.href ? <Link href={cell.href}>{shown}</Link> : <>{shown}</>;
}

/** One of the dashboard's tables, exactly as the exports write it (lib/subsidies/tables.ts). */
export function DashboardTableView({ table, locale, emptyText }: { table: DashboardTable; locale: string; emptyText: string }) {
  if (table.rows.length === 0) return <p className="text-ink-soft">{emptyText}</p>;
  const align = (index: number) => (table.columns[index]?.isNumeric ? 'text-right tabular whitespace-nowrap' : '');
  const nowrap = (cell: Cell) => (cell.kind === 'year' || cell.kind === 'won' ? 'whitespace-nowrap tabular' : '');
  return (
    <DataTable caption={table.caption}>
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
    </DataTable>
  );
}
