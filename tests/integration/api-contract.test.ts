// Issue 6: every endpoint of the public API answers what its OpenAPI document says. Each body,
// success or problem, is validated with ajv against the schema the document gives for that
// path and status; the schemas are strict, so a field the document does not name fails too.
import { describe, expect, it } from 'vitest';
import { englishDocument } from '@/lib/api/build';
import { ENDPOINTS } from '@/lib/api/endpoints';
import { callApi, documentValidator } from './support/api';

const document = englishDocument();
const { operationFor, responseFor, validatorFor } = documentValidator(document);

const CASES: [string, number][] = [
  ['/api/v1/regions', 200],
  ['/api/v1/regions?asOf=2019-10-01', 200],
  ['/api/v1/regions?asOf=2023-12-31&pageSize=5&page=2', 200],
  ['/api/v1/regions?asOf=2099-01-01', 400],
  ['/api/v1/regions/seoul', 200],
  ['/api/v1/regions/gwangju', 200],
  ['/api/v1/regions/atlantis', 404],
  ['/api/v1/regions/Not%20A%20Slug', 404],
  ['/api/v1/cities', 200],
  ['/api/v1/cities?region=seoul', 200],
  ['/api/v1/cities?asOf=2019-10-01', 200],
  ['/api/v1/cities?asOf=2019-10-01&page=2', 200],
  ['/api/v1/cities?asOf=2023-12-31&q=gu&region=seoul&sort=name', 200],
  ['/api/v1/cities?q=%EA%B0%95&scope=all', 200],
  ['/api/v1/cities?status=redesignated&sort=year-desc', 200],
  ['/api/v1/cities?from=2010&to=2015&page=2&pageSize=20', 200],
  ['/api/v1/cities?scope=all&status=cancelled', 200],
  ['/api/v1/cities?page=0', 400],
  ['/api/v1/cities?pageSize=1000', 400],
  ['/api/v1/cities?asOf=2019-02-30', 400],
  ['/api/v1/cities?asOf=2000-12-31', 400],
  ['/api/v1/cities?region=atlantis', 400],
  ['/api/v1/cities?regoin=seoul', 400],
  ['/api/v1/cities?page=1&page=2', 400],
  ['/api/v1/cities?page=1e1', 400],
  ['/api/v1/cities?from=2015&to=2010', 400],
  ['/api/v1/cities?asOf=2019-10-01&scope=all', 400],
  ['/api/v1/cities?status=famous', 400],
  ['/api/v1/cities/seoul-yangcheon-gu', 200],
  ['/api/v1/cities/incheon-jung-gu', 200],
  ['/api/v1/cities/gwangju-buk-gu', 200],
  ['/api/v1/cities/atlantis-gu', 404],
  ['/api/v1/designations', 200],
  ['/api/v1/designations?year=2023', 200],
  ['/api/v1/designations?status=cancelled', 200],
  ['/api/v1/designations?page=2&pageSize=100', 200],
  ['/api/v1/designations?status=bogus', 400],
  ['/api/v1/offices', 200],
  ['/api/v1/offices?page=2&pageSize=10', 200],
  ['/api/v1/offices?region=seoul', 400],
  ['/api/v1/programmes', 200],
  ['/api/v1/programmes?year=2023', 200],
  ['/api/v1/programmes?year=1999', 400],
  ['/api/v1/allocations', 200],
  ['/api/v1/allocations?year=2023', 200],
  ['/api/v1/allocations?programme=new-city&region=gyeonggi', 200],
  ['/api/v1/allocations?page=2&pageSize=10', 200],
  ['/api/v1/allocations?programme=nope', 400],
  ['/api/v1/summary', 200],
  ['/api/v1/summary?asOf=2005-12-31', 200],
  ['/api/v1/summary?asOf=2026-07-01', 200],
  ['/api/v1/summary?asOf=2000-12-31', 400],
  ['/api/v1/summary?page=2', 400],
  ['/api/v1/cities?asOf=2005-12-31', 200],
  ['/api/v1/cities/gyeongnam-changwon-si', 200],
  ['/api/v1/cities/gyeongnam-masan-si', 200],
  ['/api/v1/designations?status=designated', 200],
  ['/api/v1/openapi.json', 200],
  ['/api/v1/openapi.json?lang=ko', 400],
  ['/api/v1/nowhere', 404],
];

describe('the API against its OpenAPI document', () => {
  it('has a case for every documented endpoint, each with success and failure', () => {
    for (const row of ENDPOINTS) {
      const statuses = CASES.filter(([url]) => operationFor(new URL(url, 'http://x').pathname)?.operationId === row.operationId).map(
        ([, status]) => status,
      );
      expect(statuses, row.operationId).toContain(200);
      expect(
        statuses.some((status) => status >= 400),
        row.operationId,
      ).toBe(true);
    }
  });

  for (const [url, status] of CASES) {
    it(`GET ${decodeURIComponent(url)} answers ${status} as documented`, async () => {
      const response = await callApi(url);
      expect(response.status).toBe(status);
      const operation = operationFor(new URL(url, 'http://x').pathname);
      // An unknown path has no operation; its 404 is still a documented problem.
      const documented = responseFor(operation, status) ?? {
        mediaType: 'application/problem+json',
        validate: validatorFor('#/components/schemas/Problem'),
      };
      expect(response.headers.get('content-type')).toBe(documented.mediaType);
      const body: unknown = await response.json();
      if (documented.validate) {
        const isValid = documented.validate(body);
        expect(documented.validate.errors ?? [], JSON.stringify(body).slice(0, 300)).toEqual([]);
        expect(isValid).toBe(true);
      }
      if (status >= 400) expect(body).toMatchObject({ status, instance: url });
    });
  }

  it('refuses a body with a field the document does not name, or a value of the wrong type', async () => {
    const validate = validatorFor('#/components/schemas/CityList');
    const body = (await (await callApi('/api/v1/cities?region=seoul&pageSize=2')).json()) as { data: Record<string, unknown>[] };
    expect(validate(body)).toBe(true);
    const first = body.data[0]!;
    expect(validate({ ...body, data: [{ ...first, population: 1 }] })).toBe(false);
    expect(validate({ ...body, data: [{ ...first, firstYear: String(first.firstYear) }] })).toBe(false);
    expect(validate({ ...body, extra: true })).toBe(false);
  });

  it('names a schema for every 200 but the document’s own, and every schema it refers to exists', () => {
    const text = JSON.stringify(document);
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g))
      expect(document.components.schemas, name).toHaveProperty(name!);
    expect(Object.keys(document.paths)).toHaveLength(ENDPOINTS.length);
  });
});
