// What people type finds the right city first (issue 12, point 7): older romanizations, former
// names and names with their suffix, on the production build, without JavaScript (the search is a
// plain GET form). 마산, 진해, 청원 and 연기 are units merged away (창원시 2010, 청주시 2014, 세종 2012),
// recorded with their successions by the registry's history back to 2001: each finds its successor.
import { expect, type Page, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

/** The rows of the result table: each row's name cell, as read. */
async function results(page: Page, query: string, locale = 'ko') {
  await page.goto(`/${locale}/cities?q=${encodeURIComponent(query)}`);
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  return table.locator('tbody tr');
}

const FIRST: [query: string, name: string, region: string][] = [
  ['Pusan', '부산진구', '부산'],
  ['Kwangmyung', '광명시', '경기'],
  ['Chonju', '전주시', '전북'],
  ['Cheju', '제주시', '제주'],
  ['Kwangju', '광주시', '경기'],
  ['Kangnam', '강남구', '서울'],
  ['Sogwipo', '서귀포시', '제주'],
  ['Taegu', '동구', '대구'],
  ['Inchon', '미추홀구', '인천'],
  ['Incheon', '미추홀구', '인천'],
  ['여주군', '여주시', '경기'],
  ['세종시', '세종특별자치시', '세종'],
  ['인천 남구', '미추홀구', '인천'],
  ['마산', '창원시', '경남'],
  ['진해', '창원시', '경남'],
  ['청원', '청주시', '충북'],
  ['연기', '세종특별자치시', '세종'],
];

for (const [query, name, region] of FIRST) {
  test(`“${query}” finds ${region} ${name} first`, async ({ page }) => {
    const rows = await results(page, query);
    await expect(rows.first().getByRole('rowheader').getByRole('link')).toHaveText(name);
    await expect(rows.first().getByRole('cell').first()).toHaveText(region);
  });
}

test('a former name says what the city is now, in the reader’s language', async ({ page }) => {
  const rows = await results(page, '여주군');
  await expect(rows.first().getByRole('rowheader')).toContainText('여주군 → 여주시 (2013 시 승격)');
  const english = await results(page, 'Nam-gu Incheon', 'en');
  await expect(english.first().getByRole('rowheader')).toContainText('Nam-gu → Michuhol-gu (renamed 2018)');
});

test('exact names come before names that only contain what was typed', async ({ page }) => {
  const incheon = await results(page, 'Incheon');
  await expect(incheon.last().getByRole('rowheader').getByRole('link')).toHaveText('진천군');
  const seogu = await results(page, '서구');
  const names = await seogu.getByRole('rowheader').getByRole('link').allTextContents();
  expect(names.indexOf('서귀포시')).toBeGreaterThan(names.lastIndexOf('서구'));
  const namgu = await results(page, '남구');
  const namguNames = await namgu.getByRole('rowheader').getByRole('link').allTextContents();
  expect(namguNames.slice(0, 4)).toEqual(['남구', '남구', '남구', '남구']);
  expect(namguNames.indexOf('해남군')).toBeGreaterThan(3);
});

test('the search form offers the best-match order and keeps it in the shared link', async ({ page }) => {
  await page.goto('/en/cities?q=Pusan');
  await expect(page.getByLabel('Sort by')).toHaveValue('relevance');
  await page.goto('/en/cities');
  await expect(page.getByLabel('Sort by')).toHaveValue('region');
});
