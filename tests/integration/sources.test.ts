// Issue 12, "sources a reader can open": every designation's source is an address or an
// inference stated in both languages; no page's data, API answer, download or stored text shows a
// file name of the documents the seed was compiled from; the downloads gain the designation
// history and the allocations, each with its dictionary.
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getCityPage, getCitySlugs } from '@/lib/cities/queries';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { callApi } from './support/api';

const prisma = createPrismaClient(inject('databaseUrl'), { max: 2 });
afterAll(() => prisma.$disconnect());

/** The seed documents' names: a three-digit index and sixteen hex digits (000_6d03ef1b3470ad3d.txt). */
const SEED_FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;
/** The compiler's English working notes that once stood in for a source. */
const WORKING_NOTE = /implied as above|implied: all 11/;

async function download(file: string): Promise<Response> {
  const { GET } = await import('@/app/downloads/[file]/route');
  return GET(new Request(`http://localhost/downloads/${file}`), { params: Promise.resolve({ file }) });
}

async function csvLines(file: string): Promise<{ bytes: Uint8Array; lines: string[] }> {
  const response = await download(file);
  expect(response.status, file).toBe(200);
  expect(response.headers.get('content-type'), file).toBe('text/csv; charset=utf-8');
  const bytes = new Uint8Array(await response.arrayBuffer());
  const lines = new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  return { bytes, lines };
}

/** A CSV line's cells (RFC 4180 quoting). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!;
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      out.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  out.push(cell);
  return out;
}

describe('designations’ sources', () => {
  it('are each a link, or an inference in Korean and English resting on a linked source', async () => {
    const designations = await prisma.designation.findMany({
      include: { announcement: true, localGovernment: { select: { slug: true } } },
    });
    let linked = 0;
    let inferred = 0;
    for (const designation of designations) {
      const slug = designation.localGovernment.slug;
      expect(designation.announcement?.url, `${slug}: its source has no address`).toMatch(/^https?:\/\//);
      if (designation.inferenceKo) {
        inferred += 1;
        expect(designation.inferenceKo, slug).toMatch(/[가-힣]/);
        expect(designation.inferenceEn, slug).toMatch(/^[\x20-\x7E\u2019\u2013]+$/);
      } else linked += 1;
    }
    console.info(`Designations: ${linked} linked to an announcement or report, ${inferred} inferred (with a linked basis).`);
    // The four Chungbuk designations the 2019 table implies once rested on an inference alone;
    // the reports giving their years (designation-years.csv) now source them, so none does.
    expect(inferred).toBe(0);
    expect(linked).toBe(designations.length);
  });

  it('link the report that gives Chungju’s year of designation, on its page’s data and in the API, with no inference', async () => {
    const report = 'http://www.bzeronews.com/news/articleView.html?idxno=493370';
    const city = await getCityPage('chungbuk-chungju-si');
    const designation = city!.designations[0]!;
    expect(designation.firstYear).toBe(2015);
    expect(designation.source?.url).toBe(report);
    expect(designation.source?.inference).toBeNull();
    expect(designation.source?.announcement?.titleKo).toMatch(/충주시/);
    const api = (await (await callApi('/api/v1/cities/chungbuk-chungju-si')).json()) as {
      data: { designations: { source: { url: string; inference: unknown } }[] };
    };
    expect(api.data.designations[0]!.source.url).toBe(report);
    expect(api.data.designations[0]!.source.inference).toBeNull();
  });
});

describe('no seed file name and no working note', () => {
  it('in any stored text of the registry', async () => {
    const columns = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') AND table_name <> '_prisma_migrations'`;
    expect(columns.length).toBeGreaterThan(50);
    for (const { table_name, column_name } of columns) {
      const [row] = await prisma.$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "${table_name}" WHERE "${column_name}" ~ '[0-9]{3}_[0-9a-f]{16}\\.txt' OR "${column_name}" ~ 'implied as above|implied: all 11'`,
      );
      expect(row!.count, `${table_name}.${column_name}`).toBe(0);
    }
  });

  it('in the data of any city page', async () => {
    for (const slug of await getCitySlugs()) {
      const text = JSON.stringify(await getCityPage(slug), (_key, value: unknown) =>
        typeof value === 'bigint' ? value.toString() : value,
      );
      expect(text, slug).not.toMatch(SEED_FILE_NAME);
      expect(text, slug).not.toMatch(WORKING_NOTE);
    }
  });

  it('in any API answer', async () => {
    const paths = ['/api/v1/programmes?pageSize=100', '/api/v1/allocations?pageSize=100', '/api/v1/openapi.json', '/api/v1/regions'];
    for (let page = 1; page <= 3; page += 1) paths.push(`/api/v1/designations?pageSize=100&page=${page}`);
    for (const slug of await getCitySlugs()) paths.push(`/api/v1/cities/${slug}`);
    for (const path of paths) {
      const response = await callApi(path);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text, path).not.toMatch(SEED_FILE_NAME);
      expect(text, path).not.toMatch(WORKING_NOTE);
    }
  });

  it('in any download, CSV or XLSX', async () => {
    for (const dataset of ['registry', 'designation-history', 'allocations']) {
      const { lines } = await csvLines(`${dataset}.csv`);
      expect(lines.join('\n'), dataset).not.toMatch(SEED_FILE_NAME);
      expect(lines.join('\n'), dataset).not.toMatch(WORKING_NOTE);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await (await download(`${dataset}.xlsx`)).arrayBuffer());
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) => {
          expect(JSON.stringify(row.values), dataset).not.toMatch(SEED_FILE_NAME);
        }),
      );
    }
  });
});

describe('the new downloads', () => {
  it('give the designation history: a BOM, the dictionary’s columns, one row per designation and evaluation, each with its source', async () => {
    const { HISTORY_COLUMNS } = await import('@/lib/open-data/dictionary');
    const { bytes, lines } = await csvLines('designation-history.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = lines[0]!.split(',');
    expect(header).toEqual(HISTORY_COLUMNS.map((column) => column.key));
    const rows = lines.slice(1).map((line) => Object.fromEntries(cells(line).map((value, index) => [header[index]!, value])));
    const [designations, evaluations, endings] = await Promise.all([
      prisma.designation.count(),
      prisma.evaluation.count(),
      prisma.designation.count({ where: { endReason: { not: null } } }),
    ]);
    expect(rows.filter((row) => row.event === 'designated')).toHaveLength(designations);
    expect(rows.filter((row) => row.event === 'evaluated')).toHaveLength(evaluations);
    expect(rows).toHaveLength(designations + evaluations + endings);
    for (const row of rows.filter((r) => r.event !== 'ended'))
      expect(row.source_url, `${row.slug} ${row.event} ${row.year}`).toMatch(/^https?:\/\//);
    expect(rows.find((row) => row.slug === 'busan-geumjeong-gu' && row.year === '2023')).toMatchObject({
      outcome: 'redesignated',
      is_outstanding: 'true',
      valid_until_year: '2029',
      evaluation_group: 'metropolitan',
    });
    console.info(
      `designation-history.csv: ${rows.length} rows (${designations} designations, ${evaluations} evaluations, ${endings} endings).`,
    );
  });

  it('give the allocations with ranges as ranges, the same rows in XLSX, and no draft', async () => {
    const { ALLOCATION_COLUMNS } = await import('@/lib/open-data/dictionary');
    const { lines } = await csvLines('allocations.csv');
    const header = lines[0]!.split(',');
    expect(header).toEqual(ALLOCATION_COLUMNS.map((column) => column.key));
    const rows = lines.slice(1).map((line) => Object.fromEntries(cells(line).map((value, index) => [header[index]!, value])));
    expect(rows).toHaveLength(await prisma.allocation.count({ where: { status: { not: 'draft' } } }));
    const sacheon = rows.find((row) => row.year === '2025' && row.programme_code === 'new-city' && row.recipient_en === 'Sacheon-si');
    expect(sacheon).toMatchObject({
      amount: '60000000',
      amount_min: '50000000',
      source_url: 'https://ir.newspim.com/news/view/20250401000655',
    });
    const gwangjin = rows.find(
      (row) => row.year === '2025' && row.programme_code === 'specialization' && row.recipient_en === 'Gwangjin-gu',
    );
    expect(gwangjin).toMatchObject({ amount: '30000000', amount_min: '0' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download('allocations.xlsx')).arrayBuffer());
    expect(workbook.getWorksheet('allocations')!.rowCount).toBe(rows.length + 1);
    expect(workbook.getWorksheet('dictionary')!.getColumn(1).values).toContain('amount_min');
    console.info(`allocations.csv: ${rows.length} rows.`);
  });
});
