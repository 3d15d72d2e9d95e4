// Issue 6 (open data): the registry files, the statistics and the map read the same registry the
// pages do, and say the same numbers.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REPORTED_TOTALS } from './fixtures/source-figures';

describe('the registry as open data', () => {
  it('downloads as CSV with a BOM, the dictionary’s columns and one row per local government of today', async () => {
    const [{ GET }, { REGISTRY_COLUMNS }, { getHeadlineFigures }] = await Promise.all([
      import('@/app/downloads/[file]/route'),
      import('@/lib/open-data/dictionary'),
      import('@/lib/registry/queries'),
    ]);
    const response = await GET(new Request('http://localhost/downloads/registry.csv'), {
      params: Promise.resolve({ file: 'registry.csv' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="learning-cities-registry-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(REGISTRY_COLUMNS.map((column) => column.key).join(','));
    const figures = await getHeadlineFigures();
    const rows = lines.slice(1);
    expect(rows).toHaveLength(230); // 227 basic local governments, Sejong and Jeju's two administrative cities
    const designated = rows.filter((line) => line.split(',')[9] === 'true');
    expect(designated).toHaveLength(figures.counts.learningCities);
    // Gimcheon: first designated in 2015, designated again in 2026 (issue 12).
    expect(rows.find((line) => line.startsWith('47150,'))).toMatch(
      /^47150,gyeongbuk-gimcheon-si,김천시,Gimcheon-si,si,true,[^,]+,[^,]+,[^,]+,true,2015,2015,designated,/,
    );
    expect(rows.find((line) => line.startsWith('11470,'))).toMatch(
      /^11470,seoul-yangcheon-gu,양천구,Yangcheon-gu,gu,true,seoul,서울특별시,Seoul Special City,true,2005,2005,redesignated,2026,/,
    );
  });

  it('downloads as XLSX holding the same rows, the data dictionary and the licence', async () => {
    const { GET } = await import('@/app/downloads/[file]/route');
    const response = await GET(new Request('http://localhost/downloads/registry.xlsx'), {
      params: Promise.resolve({ file: 'registry.xlsx' }),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('registry')!;
    expect(sheet.rowCount).toBe(231);
    expect(sheet.getRow(1).getCell(1).value).toBe('code');
    const yangcheon = sheet.getRows(2, 230)!.find((row) => row.getCell(1).value === '11470')!;
    expect(yangcheon.getCell(11).value).toBe(2005);
    expect(workbook.getWorksheet('dictionary')!.getColumn(1).values).toContain('next_evaluation_year');
    expect(JSON.stringify(workbook.getWorksheet('dictionary')!.getColumn(2).values)).toContain('공공누리');
  });

  it('answers 404 for any other file', async () => {
    const { GET } = await import('@/app/downloads/[file]/route');
    const response = await GET(new Request('http://localhost/downloads/users.csv'), { params: Promise.resolve({ file: 'users.csv' }) });
    expect(response.status).toBe(404);
  });
});

describe('the statistics', () => {
  it('count at each year’s end what the registry on that day counts, beside the ministry’s figures', async () => {
    const [{ getStatistics }, { getRegistryAsOf }] = await Promise.all([
      import('@/lib/statistics/queries'),
      import('@/lib/registry/queries'),
    ]);
    const statistics = await getStatistics();
    const year2023 = statistics.designations.find((year) => year.year === 2023)!;
    expect(year2023).toMatchObject({
      newDesignations: 7,
      ministryCount: REPORTED_TOTALS[2023],
      published: REPORTED_TOTALS[2023],
      basicLocalGovernments: 226,
    });
    expect(year2023.learningCities).toBe((await getRegistryAsOf('2023-12-31')).counts.learningCities);
    expect(statistics.designations[0]).toMatchObject({ year: 2001, newDesignations: 3 });
    // 2004: the eight the ministry named that year (Muan and Shinan, in the association's table, not among them).
    expect(statistics.designations.find((year) => year.year === 2004)).toMatchObject({ newDesignations: 8, ministryCount: 19 });
    expect(statistics.evaluations.find((year) => year.year === 2020)).toMatchObject({
      round: { evaluatedCount: 42, redesignatedCount: 42 },
    });
  });

  it('sum only published money: a draft allocation changes nothing', async () => {
    const [{ getStatistics }, { db }] = await Promise.all([import('@/lib/statistics/queries'), import('@/lib/db')]);
    const before = (await getStatistics()).funding.find((year) => year.year === 2023)!;
    const expected = await db.allocation.aggregate({
      where: { programme: { year: 2023 }, status: { in: ['announced', 'disbursed'] } },
      _sum: { amount: true },
    });
    expect(before.total).toBe(expected._sum.amount);
    const programme = await db.programme.findFirstOrThrow({ where: { year: 2023, code: 'new-city' } });
    const lg = await db.localGovernment.findUniqueOrThrow({ where: { slug: 'seoul-gangbuk-gu' } });
    await db.allocation.create({
      data: {
        programmeId: programme.id,
        recipientKind: 'local_government',
        localGovernmentId: lg.id,
        amount: 90_000_000n,
        status: 'draft',
      },
    });
    expect((await getStatistics()).funding.find((year) => year.year === 2023)!.total).toBe(before.total);
  });
});
