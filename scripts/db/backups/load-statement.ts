// The one INSERT statement that loads every table from the staged rows.
//
// One statement, not one per table: PostgreSQL checks foreign keys and runs AFTER (constraint)
// triggers at the end of the statement, so they judge the restored data whole, as they judged the
// original. Table by table they would judge half of it: a designation ended by an evaluation's
// outcome, and the same city's later designation, are two open designations until the
// evaluations are in (Designation_events_hang_together refuses that). Each part waits for the one
// before (its count gates it), so the tables go in foreign-key order and a BEFORE trigger reading
// a parent row (an allocation's programme) finds it. PostgreSQL parses every value
// (json_populate_record): the rows are never interpreted in JavaScript.
import { quoteIdent, quoteTable, type TableShape } from './catalog';

export const STAGING_TABLE = 'pg_temp.backup_rows';

/** Parameters: $1…$n the table names, in the order given. Returns one row: each table's count, by name. */
export function loadStatement(tables: readonly TableShape[]): string {
  const parts = tables.map((table, index) => {
    const columns = table.insertableColumns.map(quoteIdent);
    const gate = index > 0 ? ` AND (SELECT count(*) FROM load_${index - 1}) >= 0` : '';
    return (
      `load_${index} AS (INSERT INTO ${quoteTable(table.name)} (${columns.join(', ')}) OVERRIDING SYSTEM VALUE` +
      ` SELECT ${columns.map((column) => `r.${column}`).join(', ')}` +
      ` FROM ${STAGING_TABLE} s CROSS JOIN LATERAL json_populate_record(NULL::${quoteTable(table.name)}, s.line::json) r` +
      ` WHERE s.table_name = $${index + 1}${gate} ORDER BY s.position RETURNING 1)`
    );
  });
  const counts = tables.map((table, index) => `(SELECT count(*) FROM load_${index})::int AS ${quoteIdent(table.name)}`);
  return `WITH ${parts.join(',\n')}\nSELECT ${counts.join(', ')}`;
}
