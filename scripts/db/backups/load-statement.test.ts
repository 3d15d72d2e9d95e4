import { describe, expect, it } from 'vitest';
import { loadStatement } from './load-statement';

const tables = [
  { name: 'Programme', insertableColumns: ['id', 'code'], orderBy: 't."id"' },
  { name: 'Allocation', insertableColumns: ['id', 'programmeId'], orderBy: 't."id"' },
];

describe('loadStatement', () => {
  it('inserts every table in one statement, each part gated on the one before', () => {
    const sql = loadStatement(tables);
    expect(sql.match(/INSERT INTO/g)).toHaveLength(2);
    expect(sql).toContain('load_0 AS (INSERT INTO public."Programme" ("id", "code") OVERRIDING SYSTEM VALUE SELECT r."id", r."code"');
    expect(sql).toContain(
      'json_populate_record(NULL::public."Allocation", s.line::json) r WHERE s.table_name = $2 AND (SELECT count(*) FROM load_0) >= 0',
    );
    expect(sql).toMatch(
      /SELECT \(SELECT count\(\*\) FROM load_0\)::int AS "Programme", \(SELECT count\(\*\) FROM load_1\)::int AS "Allocation"$/,
    );
  });

  it('quotes names as identifiers', () => {
    expect(loadStatement([{ name: 'we"ird', insertableColumns: ['a"b'], orderBy: '' }])).toContain('INSERT INTO public."we""ird" ("a""b")');
  });
});
