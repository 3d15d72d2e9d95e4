// The public search on the seeded registry (issue 12, point 7): older romanizations, former names
// and suffixes find the right city first; exact > prefix > word > substring; a former name of a
// unit merged into another finds the successor and says so; keys of an older format are rebuilt.
// This file writes (search keys): it has its own copy of the database.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CitySearchResult } from '@/lib/cities/queries';

let search: (params: Record<string, string>) => Promise<CitySearchResult>;
let db: typeof import('@/lib/db').db;
beforeAll(async () => {
  const [{ searchCities }, { parseCitySearch }, lib] = await Promise.all([
    import('@/lib/cities/queries'),
    import('@/lib/cities/schemas'),
    import('@/lib/db'),
  ]);
  search = (params) => searchCities(parseCitySearch(params), 'ko');
  db = lib.db;
});
const labels = (result: CitySearchResult) => result.cities.map((city) => `${city.region.shortKo} ${city.nameKo}`);
const first = async (q: string) => labels(await search({ q }))[0];

describe('what people type finds the right city first', () => {
  it.each([
    ['Pusan', '부산 부산진구'],
    ['Kwangmyung', '경기 광명시'],
    ['Chonju', '전북 전주시'],
    ['Cheju', '제주 제주시'],
    ['Kwangju', '경기 광주시'],
    ['Kangnam', '서울 강남구'],
    ['Sogwipo', '제주 서귀포시'],
    ['여주군', '경기 여주시'],
    ['Yeoju County', '경기 여주시'],
    ['세종시', '세종 세종특별자치시'],
    ['Sejong City', '세종 세종특별자치시'],
    ['인천 남구', '인천 미추홀구'],
    ['서귀포시', '제주 서귀포시'],
    // Units merged away, recorded with their successions by the history back to 2001.
    ['마산', '경남 창원시'],
    ['진해', '경남 창원시'],
    ['청원', '충북 청주시'],
    ['연기', '세종 세종특별자치시'],
  ])('%s → %s', async (q, expected) => {
    expect(await first(q)).toBe(expected);
  });

  it('Taegu and Inchon find the districts of Daegu and Incheon before anything else', async () => {
    const taegu = (await search({ q: 'Taegu' })).cities.map((city) => city.region.slug);
    // Haeundae-gu contains the loose key of Taegu (hae-un-dae-gu): last, after all of Daegu.
    expect(taegu.slice(0, -1).every((region) => region === 'daegu')).toBe(true);
    expect(taegu.slice(0, -1)).toHaveLength(6);
    const inchon = labels(await search({ q: 'Inchon' }));
    expect(inchon[0]).toMatch(/^인천 /);
    expect(inchon.indexOf('충북 진천군')).toBe(inchon.length - 1);
  });

  it('says which former name it found a city by, in the result', async () => {
    const [yeoju] = (await search({ q: '여주군' })).cities;
    expect(yeoju?.foundBy).toMatchObject({ via: 'former', nameKo: '여주군', kind: 'gun', year: 2013 });
    const [michuhol] = (await search({ q: '인천 남구' })).cities;
    expect(michuhol?.foundBy).toMatchObject({ via: 'former', nameKo: '남구', year: 2018, changes: ['name', 'code'] });
    expect((await search({ q: '여주시' })).cities[0]?.foundBy).toBeNull();
  });
});

describe('ranking on the registry: exact > prefix > word > substring', () => {
  it('lists every district of Incheon before Jincheon, which only contains the word', async () => {
    const found = labels(await search({ q: 'Incheon' }));
    const jincheon = found.indexOf('충북 진천군');
    expect(jincheon).toBe(found.length - 1);
    expect(found.slice(0, jincheon).every((label) => label.startsWith('인천 '))).toBe(true);
  });

  it('lists every 서구 before 서귀포시, and 서귀포시 before 강서구', async () => {
    const found = labels(await search({ q: '서구', scope: 'all' }));
    const seogwipo = found.indexOf('제주 서귀포시');
    // 서해구 was 서구 until 2026-07-01, when 검단구 was split from it: found by that name, after the 서구s.
    expect(found.slice(0, seogwipo)).toEqual(['부산 서구', '대구 서구', '대전 서구', '전남광주 서구', '인천 서해구', '인천 검단구']);
    // Then the 서귀포시 abolished in 2006 (the history back to 2001), after today's of the same name.
    expect(found.slice(seogwipo + 1)).toEqual(['제주 서귀포시', '서울 강서구', '부산 강서구', '대구 달서구']);
  });

  it('lists every 남구 before 해남군, and the renamed one after the current ones', async () => {
    const found = labels(await search({ q: '남구' }));
    expect(found.slice(0, 4).every((label) => label.endsWith(' 남구'))).toBe(true);
    expect(found[4]).toBe('인천 미추홀구');
    expect(found.indexOf('전남광주 해남군')).toBeGreaterThan(4);
  });

  it('keeps another order when one is asked for', async () => {
    const byName = labels(await search({ q: '서구', sort: 'name' }));
    expect(byName[0]).toBe('서울 강서구');
  });
});

describe('a former name of a unit merged into another', () => {
  it('finds the successor first, and says so: 마산시, merged into 창원시 on 2010-07-01 (the history back to 2001)', async () => {
    const { refreshSearchKeys } = await import('@/lib/place-names/search-refresh');
    const changwon = await db.localGovernment.findFirstOrThrow({ where: { nameKo: '창원시', abolishedOn: null } });
    const masan = await db.localGovernment.findFirstOrThrow({
      where: { nameKo: '마산시' },
      include: { successors: { select: { successorId: true, effectiveOn: true } } },
    });
    expect(masan.abolishedOn).toEqual(new Date('2010-07-01'));
    expect(masan.successors).toEqual([{ successorId: changwon.id, effectiveOn: new Date('2010-07-01') }]);
    expect(await refreshSearchKeys(db, [masan.id])).toBe(2); // the predecessor and its successor

    for (const q of ['마산', '마산시', 'Masan', 'ㅁㅅ']) {
      const [found] = (await search({ q })).cities;
      expect(found?.slug, q).toBe(changwon.slug);
      expect(found?.foundBy, q).toMatchObject({ via: 'merged', nameKo: '마산시', year: 2010 });
    }
    // Among every local government, the successor still comes first, then the abolished unit.
    expect((await search({ q: '마산', scope: 'all' })).cities.map((city) => city.slug)).toEqual([changwon.slug, masan.slug]);
    // Its own name finds it by that name, not by the predecessor's.
    expect((await search({ q: '창원' })).cities[0]).toMatchObject({ slug: changwon.slug, foundBy: null });
  });
});

describe('search keys of an older format', () => {
  it('are rebuilt for every row, and the search finds older spellings again', async () => {
    const { refreshStaleSearchKeys } = await import('@/lib/place-names/search-refresh');
    const { SEARCH_KEYS_VERSION } = await import('@/lib/place-names/search-keys');
    const total = await db.localGovernment.count();
    expect(await db.localGovernment.count({ where: { searchKeysVersion: SEARCH_KEYS_VERSION } })).toBe(total);
    expect(await refreshStaleSearchKeys(db)).toBe(0);
    // As the migration leaves existing rows: the new columns empty, format 0.
    await db.localGovernment.updateMany({ data: { searchLoose: '', searchNames: [], searchKeysVersion: 0 } });
    expect((await search({ q: 'Pusan' })).total).toBe(0);
    expect(await refreshStaleSearchKeys(db)).toBe(total);
    expect(await first('Pusan')).toBe('부산 부산진구');
  });
});
