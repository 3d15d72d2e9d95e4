// Issue 5: the exports are what the dashboard shows, for the same filters — opened here with
// exceljs and read as CSV, their sums equal the dashboard's. Anonymous visitors get no file.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_2023 } from './fixtures/subsidy-figures';
import { actAs, ANONYMOUS, createActor, type TestActor } from './support/actors';

let ministry: TestActor;

beforeAll(async () => {
  ministry = await createActor('ministry');
});

async function download(path: string, actor: TestActor | typeof ANONYMOUS = ministry): Promise<Response> {
  const { exportSubsidies } = await import('@/lib/subsidies/export-response');
  actAs(actor);
  const url = new URL(path, 'http://localhost:3000');
  const [, locale, , , , format] = url.pathname.split('/');
  return exportSubsidies({ locale: locale!, format: format!, url });
}

async function dashboard2023() {
  const [{ getSubsidyDashboard }, { parseSubsidyFilters }] = await Promise.all([
    import('@/lib/subsidies/queries'),
    import('@/lib/subsidies/filters'),
  ]);
  actAs(ministry);
  return getSubsidyDashboard(parseSubsidyFilters({ year: '2023' }));
}

/** A sheet's data rows below its header (row 3), without the bold sum row. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 3 && !row.getCell(1).font?.bold) rows.push(row);
  });
  return rows;
}

describe('the XLSX export', () => {
  it('opens in exceljs with the dashboard’s sheets, a title row naming the filters and the day, and the same sums', async () => {
    const response = await download('/ko/admin/subsidies/export/xlsx?year=2023');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="learning-city-subsidies-2023-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''%ED%8F%89/,
    );
    const view = await dashboard2023();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '연도별 합계',
      '연도·사업별 합계',
      '2023년 사업별 비교',
      '시·도별 합계',
      '발표 총액 확인',
      '배분 목록',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').value).toBe(
        `평생학습도시 지원금 — 연도: 2023 · 사업: 전체 · 시·도: 전체 · 시·도 기준: 지금의 시·도 · 도시: 전체 · 상태: 발표·교부 (반납·작성 중 제외) (${view.readOn} 기준, 한국 시간)`,
      );
    }

    const programmes = workbook.getWorksheet('연도·사업별 합계')!;
    expect(programmes.getRow(3).getCell(6).value).toBe('합계 (원)');
    const sum = dataRows(programmes).reduce((total, row) => total + BigInt(row.getCell(6).value as number), 0n);
    expect(sum).toBe(view.total);
    expect(sum).toBe(RELEASE_2023.total);
    expect(dataRows(programmes).map((row) => row.getCell(5).value)).toEqual(view.programmes.map((p) => p.allocations));

    const regions = workbook.getWorksheet('시·도별 합계')!;
    expect(
      dataRows(regions)
        .filter((row) => typeof row.getCell(7).value === 'number')
        .reduce((total, row) => total + BigInt(row.getCell(7).value as number), 0n),
    ).toBe(view.total);
    const years = workbook.getWorksheet('연도별 합계')!;
    expect(years.getRow(4).values).toEqual([undefined, 2023, 28, 1_380_000_000, 1_040_000_000, 340_000_000, 0.3269]);
  });

  it('answers in English for the English dashboard', async () => {
    const response = await download('/en/admin/subsidies/export/xlsx?year=2023&programme=new-city');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(String(workbook.worksheets[0]!.getCell('A1').value)).toMatch(
      /^Lifelong learning city subsidies — year: 2023 · programme: Support for new lifelong learning cities · /,
    );
    const programmes = workbook.worksheets[1]!;
    expect(dataRows(programmes).map((row) => row.getCell(6).value)).toEqual([630_000_000]);
    for (const sheet of workbook.worksheets) expect(sheet.name.length, sheet.name).toBeLessThanOrEqual(31);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Allocations');
  });

  it('has an allocations sheet, one row per allocation, whose amounts sum to the dashboard’s total for the same filters (issue 14)', async () => {
    const { getSubsidyDashboard } = await import('@/lib/subsidies/queries');
    const { parseSubsidyFilters } = await import('@/lib/subsidies/filters');
    for (const query of ['year=2023', 'year=2023&region=jeonnam-gwangju', 'region=jeonnam-gwangju&regionAt=announced', '']) {
      const response = await download(`/ko/admin/subsidies/export/xlsx?${query}`);
      actAs(ministry);
      const view = await getSubsidyDashboard(parseSubsidyFilters(new URLSearchParams(query)));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.getWorksheet('배분 목록')!;
      expect(sheet.getRow(3).values).toEqual([
        undefined,
        '연도',
        '사업',
        '받는 곳',
        '발표 당시 시·도',
        '지금의 시·도',
        '금액 (원)',
        '‘약’으로 발표',
        '상태',
        '출처',
      ]);
      // One row per allocation (its year a number); an amount announced as a range (issue 12) is the
      // text "lower–upper", so no sum in the spreadsheet takes it for one figure.
      const rows = dataRows(sheet).filter((row) => typeof row.getCell(1).value === 'number');
      expect(rows, query).toHaveLength(view.allocations);
      const bounds = rows.map((row): [bigint, bigint] => {
        const value = row.getCell(6).value;
        if (typeof value === 'number') return [BigInt(value), BigInt(value)];
        const range = /^(\d+)–(\d+)$/.exec(String(value));
        expect(range, `${query}: ${String(value)}`).not.toBeNull();
        return [BigInt(range![1]!), BigInt(range![2]!)];
      });
      expect(
        bounds.reduce((total, [, upper]) => total + upper, 0n),
        query,
      ).toBe(view.total);
      expect(
        bounds.reduce((total, [lower]) => total + lower, 0n),
        query,
      ).toBe(view.totalMin);
      if (query === '') expect(bounds.some(([lower, upper]) => lower < upper)).toBe(true);
    }
  });
});

describe('the CSV export', () => {
  async function csvLines(path: string): Promise<string[]> {
    const response = await download(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
  }

  it('holds one table per file, UTF-8 with a byte-order mark, amounts as numbers (issue 14)', async () => {
    const lines = await csvLines('/ko/admin/subsidies/export/csv?year=2023&table=years');
    expect(lines).toEqual([
      '연도,배분 건수,합계 (원),전년 합계 (원),증감 (원),증감률 (%)',
      '2023,28,1380000000,1040000000,340000000,32.69',
      '',
    ]);
  });

  it('gives the allocations by default, one row each, summing to the dashboard’s total', async () => {
    const view = await dashboard2023();
    const lines = (await csvLines('/ko/admin/subsidies/export/csv?year=2023')).filter(Boolean);
    expect(lines[0]).toBe('연도,사업,받는 곳,발표 당시 시·도,지금의 시·도,금액 (원),‘약’으로 발표,상태,출처');
    expect(lines).toHaveLength(1 + view.allocations);
    expect(lines.slice(1).reduce((sum, line) => sum + BigInt(line.split(',')[5]!), 0n)).toBe(view.total);
    expect((await download('/ko/admin/subsidies/export/csv?year=2023&table=nothing')).status).toBe(200);
  });
});

describe('an export asked for without the right session', () => {
  it('sends a visitor to sign in, with no figures in the answer', async () => {
    const response = await download('/ko/admin/subsidies/export/xlsx?year=2023', ANONYMOUS);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://localhost:3000/ko/admin/sign-in?next=%2Fko%2Fadmin%2Fsubsidies%3Fyear%3D2023');
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a format or language it does not make', async () => {
    expect((await download('/ko/admin/subsidies/export/pdf')).status).toBe(404);
    expect((await download('/fr/admin/subsidies/export/csv')).status).toBe(404);
  });
});
