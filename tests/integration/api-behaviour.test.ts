// Issue 6: the API's HTTP behaviour. Strong ETags and 304s, public caching, problem details for
// bad input and unknown names (random queries included: never a 500), and drafts never public,
// in the list nor on a city.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, endpointUrl } from '@/lib/api/endpoints';
import { callApi } from './support/api';

describe('caching', () => {
  for (const row of ENDPOINTS) {
    it(`${row.operationId} answers with a strong ETag and public, short caching`, async () => {
      const response = await callApi(endpointUrl(row, row.example));
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=3600');
    });
  }

  it('answers 304 with no body when If-None-Match names the ETag, weakly or among others, or is *', async () => {
    const first = await callApi('/api/v1/cities?region=seoul');
    const etag = first.headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await callApi('/api/v1/cities?region=seoul', { 'If-None-Match': ifNoneMatch });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toContain('public');
    }
  });

  it('answers 200 to an ETag of another body', async () => {
    const seoul = (await callApi('/api/v1/cities?region=seoul')).headers.get('etag')!;
    const busan = await callApi('/api/v1/cities?region=busan', { 'If-None-Match': seoul });
    expect(busan.status).toBe(200);
    expect(busan.headers.get('etag')).not.toBe(seoul);
  });

  it('gives the same body and ETag to the same question however the URL writes it', async () => {
    const plain = await callApi('/api/v1/cities?region=seoul');
    const spelled = await callApi('/api/v1/cities?pageSize=50&sort=region&region=seoul&page=1&q=');
    expect(spelled.headers.get('etag')).toBe(plain.headers.get('etag'));
    expect(((await spelled.json()) as { links: { self: string } }).links.self).toBe('/api/v1/cities?region=seoul');
  });

  it('reads the order a query sorts by anyway as not given: best match with q, region without', async () => {
    const plain = await callApi('/api/v1/cities?q=Pusan');
    const spelled = await callApi('/api/v1/cities?q=Pusan&sort=relevance');
    const byRegion = await callApi('/api/v1/cities?q=Pusan&sort=region');
    expect(spelled.headers.get('etag')).toBe(plain.headers.get('etag'));
    expect(byRegion.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const body = (await plain.json()) as { data: { slug: string }[]; links: { self: string } };
    expect(body.links.self).toBe('/api/v1/cities?q=Pusan');
    expect(body.data[0]?.slug).toBe('busan-busanjin-gu');
  });
});

describe('problems', () => {
  const cases: [string, number, string[]][] = [
    ['/api/v1/cities?page=0', 400, ['page']],
    ['/api/v1/cities?pageSize=1000', 400, ['pageSize']],
    ['/api/v1/cities?asOf=2019-02-30', 400, ['asOf']],
    ['/api/v1/regions?asOf=2019-02-30', 400, ['asOf']],
    ['/api/v1/designations?status=famous&year=1999', 400, ['year', 'status']],
    ['/api/v1/allocations?region=atlantis', 400, ['region']],
    ['/api/v1/cities/atlantis-gu', 404, []],
    ['/api/v1/regions/atlantis', 404, []],
  ];
  for (const [url, status, names] of cases) {
    it(`answers ${url} with ${status} problem details${names.length ? ` naming ${names.join(', ')}` : ''}`, async () => {
      const response = await callApi(url);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as {
        type: string;
        title: string;
        status: number;
        detail: string;
        instance: string;
        errors?: { name: string }[];
      };
      expect(body).toMatchObject({
        status,
        instance: url,
        type: status === 400 ? '/developers#problem-invalid-parameters' : '/developers#problem-not-found',
      });
      expect(body.title.length).toBeGreaterThan(0);
      expect(body.detail.length).toBeGreaterThan(0);
      expect((body.errors ?? []).map((error) => error.name).sort()).toEqual([...names].sort());
    });
  }
});

describe('hostile input', () => {
  const names = fc.constantFrom(
    'q',
    'region',
    'from',
    'to',
    'status',
    'next',
    'scope',
    'sort',
    'asOf',
    'page',
    'pageSize',
    'year',
    'programme',
    'x',
  );
  const values = fc.oneof(
    fc.constantFrom(
      '',
      '0',
      '-1',
      '1e1',
      '2019-02-30',
      '2019-10-01',
      'seoul',
      'all',
      'none',
      '99999999999999999999',
      '\'; DROP TABLE "Region"; --',
      '가'.repeat(100),
    ),
    fc.string({ maxLength: 30 }),
  );
  const paths = fc.constantFrom(
    '/api/v1/cities',
    '/api/v1/regions',
    '/api/v1/designations',
    '/api/v1/allocations',
    '/api/v1/programmes',
    '/api/v1/cities/',
    '/api/v1/regions/',
  );

  it('answers any query with 200 or a problem, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(
        paths,
        fc.array(fc.tuple(names, values), { maxLength: 4 }),
        fc.string({ maxLength: 12 }),
        async (path, pairs, slug) => {
          const query = new URLSearchParams(pairs).toString();
          const url = `${path}${path.endsWith('/') ? encodeURIComponent(slug || 'x') : ''}${query ? `?${query}` : ''}`;
          const response = await callApi(url);
          expect([200, 400, 404], url).toContain(response.status);
          if (response.status !== 200) expect(response.headers.get('content-type')).toBe('application/problem+json');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('drafts', () => {
  it('never shows a draft allocation, in the list, the programme’s count or the city’s record, until it is announced', async () => {
    const { db } = await import('@/lib/db');
    const city = await db.localGovernment.findUniqueOrThrow({ where: { slug: 'seoul-yangcheon-gu' } });
    const programme = await db.programme.create({
      data: {
        code: 'api-draft-test',
        year: 2026,
        nameKo: '초안 시험 사업',
        nameEn: 'Draft test programme',
        recipientKind: 'local_government',
        amountPerRecipient: 10_000_000n,
      },
    });
    const allocation = await db.allocation.create({
      data: {
        programmeId: programme.id,
        recipientKind: 'local_government',
        localGovernmentId: city.id,
        amount: 10_000_000n,
        status: 'draft',
      },
    });
    const shown = async () => {
      const list = (await (await callApi('/api/v1/allocations?programme=api-draft-test')).json()) as { meta: { total: number } };
      const all = (await (await callApi('/api/v1/allocations?year=2026&pageSize=100')).json()) as {
        data: { programme: { code: string } }[];
      };
      const programmes = (await (await callApi('/api/v1/programmes?year=2026')).json()) as {
        data: { code: string; allocationCount: number }[];
      };
      const record = (await (await callApi('/api/v1/cities/seoul-yangcheon-gu')).json()) as {
        data: { allocations: { programme: { code: string } }[] };
      };
      return {
        inList: list.meta.total,
        inYear: all.data.filter((a) => a.programme.code === 'api-draft-test').length,
        counted: programmes.data.find((p) => p.code === 'api-draft-test')?.allocationCount,
        onCity: record.data.allocations.filter((a) => a.programme.code === 'api-draft-test').length,
      };
    };
    expect(await shown()).toEqual({ inList: 0, inYear: 0, counted: 0, onCity: 0 });
    await db.allocation.update({ where: { id: allocation.id }, data: { status: 'announced' } });
    expect(await shown()).toEqual({ inList: 1, inYear: 1, counted: 1, onCity: 1 });
  });
});
