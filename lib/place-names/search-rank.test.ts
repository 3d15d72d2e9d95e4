import { describe, expect, it } from 'vitest';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { buildSearchKeys, type RegionNames, type SearchNameInput } from './search-keys';
import { compareMatches, compareVias, matchSearch } from './search-rank';
import { parseSearchQuery } from './search-query';

const region = (nameKo: string, shortKo: string, shortEn: string): RegionNames => ({ nameKo, shortKo, shortEn });
const INCHEON = region('인천광역시', '인천', 'Incheon');
const BUSAN = region('부산광역시', '부산', 'Busan');
const SEOUL = region('서울특별시', '서울', 'Seoul');
const JEJU = region('제주특별자치도', '제주', 'Jeju');
const CHUNGBUK = region('충청북도', '충북', 'Chungbuk');
const JEONBUK = region('전북특별자치도', '전북', 'Jeonbuk');
const JEONNAM = region('전라남도', '전남', 'Jeonnam');
const GYEONGGI = region('경기도', '경기', 'Gyeonggi');
const GWANGJU = region('광주광역시', '광주', 'Gwangju');
const GYEONGNAM = region('경상남도', '경남', 'Gyeongnam');
const SEJONG = region('세종특별자치시', '세종', 'Sejong');

type Unit = { label: string; names: SearchNameInput[] };
const name = (
  nameKo: string,
  nameEn: string,
  kind: LocalGovernmentKind,
  regions: RegionNames[],
  via: SearchNameInput['via'] = 'current',
  until: string | null = null,
): SearchNameInput => ({ via, nameKo, nameEn, kind, regions, until, changes: via === 'former' ? ['name'] : [] });
const unit = (label: string, ...names: SearchNameInput[]): Unit => ({ label, names });

const UNITS: Unit[] = [
  unit('인천 중구', name('중구', 'Jung-gu', 'gu', [INCHEON])),
  unit('인천 서해구', name('서해구', 'Seohae-gu', 'gu', [INCHEON]), name('서구', 'Seo-gu', 'gu', [INCHEON], 'former', '2026-07-01')),
  unit('인천 미추홀구', name('미추홀구', 'Michuhol-gu', 'gu', [INCHEON]), name('남구', 'Nam-gu', 'gu', [INCHEON], 'former', '2018-07-01')),
  unit('충북 진천군', name('진천군', 'Jincheon-gun', 'gun', [CHUNGBUK])),
  unit(
    '충북 청주시',
    name('청주시', 'Cheongju-si', 'si', [CHUNGBUK]),
    name('청원군', 'Cheongwon-gun', 'gun', [CHUNGBUK], 'merged', '2014-07-01'),
  ),
  unit('충북 충주시', name('충주시', 'Chungju-si', 'si', [CHUNGBUK])),
  unit('부산 서구', name('서구', 'Seo-gu', 'gu', [BUSAN])),
  unit('부산 남구', name('남구', 'Nam-gu', 'gu', [BUSAN])),
  unit('부산 부산진구', name('부산진구', 'Busanjin-gu', 'gu', [BUSAN])),
  unit('서울 강서구', name('강서구', 'Gangseo-gu', 'gu', [SEOUL])),
  unit('서울 강남구', name('강남구', 'Gangnam-gu', 'gu', [SEOUL])),
  unit('서울 관악구', name('관악구', 'Gwanak-gu', 'gu', [SEOUL])),
  unit('제주 서귀포시', name('서귀포시', 'Seogwipo-si', 'admin_city', [JEJU])),
  unit('제주 제주시', name('제주시', 'Jeju-si', 'admin_city', [JEJU])),
  unit('전남 해남군', name('해남군', 'Haenam-gun', 'gun', [JEONNAM])),
  unit('전북 전주시', name('전주시', 'Jeonju-si', 'si', [JEONBUK])),
  unit('경기 광주시', name('광주시', 'Gwangju-si', 'si', [GYEONGGI])),
  unit('경기 광명시', name('광명시', 'Gwangmyeong-si', 'si', [GYEONGGI])),
  unit('경기 여주시', name('여주시', 'Yeoju-si', 'si', [GYEONGGI]), name('여주군', 'Yeoju-gun', 'gun', [GYEONGGI], 'former', '2013-09-23')),
  unit('광주 광산구', name('광산구', 'Gwangsan-gu', 'gu', [GWANGJU])),
  unit(
    '경남 창원시',
    name('창원시', 'Changwon-si', 'si', [GYEONGNAM]),
    name('마산시', 'Masan-si', 'si', [GYEONGNAM], 'merged', '2010-07-01'),
    name('진해시', 'Jinhae-si', 'si', [GYEONGNAM], 'merged', '2010-07-01'),
  ),
  unit(
    '세종',
    name('세종특별자치시', 'Sejong Special Self-Governing City', 'special_city', [SEJONG]),
    name('연기군', 'Yeongi-gun', 'gun', [CHUNGBUK], 'merged', '2012-07-01'),
  ),
];
const documents = UNITS.map((u) => ({ label: u.label, names: buildSearchKeys(u.names).searchNames }));

/** The units found, best first (ties keep the list's order, as the search then orders by region). */
function search(query: string): string[] {
  const terms = parseSearchQuery(query);
  return documents
    .map((document, index) => ({ document, index, match: matchSearch(terms, document.names) }))
    .filter((found) => found.match !== null)
    .sort((a, b) => compareMatches(a.match!, b.match!) || compareVias(a.match!, b.match!) || a.index - b.index)
    .map((found) => found.document.label);
}
const first = (query: string) => search(query)[0];

describe('ranking: exact > prefix > word > substring', () => {
  it('puts the districts of Incheon before Jincheon, which only contains the word', () => {
    const found = search('Incheon');
    expect(found.slice(0, 3)).toEqual(['인천 중구', '인천 서해구', '인천 미추홀구']);
    expect(found.at(-1)).toBe('충북 진천군');
  });

  it('puts every 서구 before 서귀포시 (a prefix of what is typed) and 강서구 (inside it)', () => {
    expect(search('서구')).toEqual(['부산 서구', '인천 서해구', '제주 서귀포시', '서울 강서구']);
  });

  it('puts every 남구 before 해남군 and 강남구, and the renamed one after the current ones', () => {
    expect(search('남구')).toEqual(['부산 남구', '인천 미추홀구', '서울 강남구', '전남 해남군']);
  });

  it('ranks a whole name above the start of one', () => {
    expect(search('관악')).toEqual(['서울 관악구']);
    expect(search('관아')).toEqual(['서울 관악구']);
    expect(matchSearch(parseSearchQuery('관악'), documents[11]!.names)?.best).toBe('exact');
    expect(matchSearch(parseSearchQuery('관아'), documents[11]!.names)?.best).toBe('prefix');
  });

  it('reads a region and a name together, in either order', () => {
    expect(search('부산 서구')).toEqual(['부산 서구']);
    expect(search('Seo-gu Busan')).toEqual(['부산 서구']);
    expect(search('서울 관악')).toEqual(['서울 관악구']);
  });
});

describe('older romanizations', () => {
  it.each([
    ['Pusan', '부산 부산진구'],
    ['Kwangmyung', '경기 광명시'],
    ['Chonju', '전북 전주시'],
    ['Cheju', '제주 제주시'],
    ['Kwangju', '경기 광주시'],
    ['Kangnam', '서울 강남구'],
    ['Sogwipo', '제주 서귀포시'],
    ['Inchon', '인천 중구'],
  ])('%s finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('finds Gwangju’s districts for Kwangju too, after the city named Gwangju', () => {
    expect(search('Kwangju')).toEqual(['경기 광주시', '광주 광산구']);
  });

  it('ranks the registry’s own spelling above a loose match of another name', () => {
    expect(search('Chungju')).toEqual(['충북 충주시', '충북 청주시']);
  });
});

describe('former names and suffixes', () => {
  it.each([
    ['마산', '경남 창원시'],
    ['마산시', '경남 창원시'],
    ['진해', '경남 창원시'],
    ['Masan', '경남 창원시'],
    ['청원', '충북 청주시'],
    ['연기', '세종'],
    ['Yeongi County', '세종'],
    ['여주군', '경기 여주시'],
    ['Yeoju County', '경기 여주시'],
    ['세종시', '세종'],
    ['Sejong City', '세종'],
    ['인천 남구', '인천 미추홀구'],
  ])('%s finds %s', (query, expected) => {
    expect(search(query)).toEqual([expected]);
  });

  it('says which name it was found by', () => {
    const match = matchSearch(parseSearchQuery('마산'), documents.find((d) => d.label === '경남 창원시')!.names);
    expect(match?.name).toMatchObject({ via: 'merged', nameKo: '마산시', until: '2010-07-01' });
    expect(matchSearch(parseSearchQuery('창원'), documents.find((d) => d.label === '경남 창원시')!.names)?.name.via).toBe('current');
  });

  it('finds a suffixed name only with its own suffix', () => {
    expect(search('관악군')).toEqual([]);
    expect(search('Gwanak County')).toEqual([]);
  });
});
