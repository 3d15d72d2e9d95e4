// A visitor browses the registry: home → region → city → the other language → search.
import { expect, test } from '@playwright/test';

// A Korean browser: "/" sends it to the Korean pages.
test.use({ locale: 'ko-KR' });

test('a visitor goes from the home page to a region, a city, the English page, and searches', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('전국 평생학습도시 레지스트리');
  const figures = page.getByRole('region', { name: '주요 현황' });
  await expect(figures.locator('dt', { hasText: /^평생학습도시$/ }).locator('+ dd')).toHaveText('206');
  // The ministry's way of counting (issue 12): 204 of the 227 basic local governments.
  await expect(figures).toContainText('89.9%');
  await expect(figures).toContainText('교육부 집계 방식으로 204곳, 전국 기초자치단체 227곳 기준');

  // Home → region
  await page
    .getByRole('link', { name: /서울특별시/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/ko\/regions\/seoul$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('서울특별시');
  await expect(page.getByText('지방자치단체 25곳 중 23곳이 평생학습도시입니다')).toBeVisible();

  // Region → city
  await page.getByRole('link', { name: '관악구' }).click();
  await expect(page).toHaveURL(/\/ko\/cities\/seoul-gwanak-gu$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('서울 관악구');
  const facts = page.getByRole('region', { name: '기본 정보' });
  await expect(facts.getByText('2004')).toBeVisible();
  await expect(facts.getByText('서울특별시동작관악교육지원청')).toBeVisible();

  // Switch language: same city, in English
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/cities\/seoul-gwanak-gu$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gwanak-gu, Seoul');
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(/\/ko\/cities\/seoul-gwanak-gu$/);

  // Search by initial consonants
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '도시 찾기' }).click();
  // The page's own search (the header has one too); its filters behind "조건 더 보기".
  const search = page.getByRole('search', { name: '도시 검색' });
  await search.getByLabel('도시 이름').fill('ㄱㅇ');
  await search.getByRole('button', { name: '검색', exact: true }).click();
  await expect(page).toHaveURL(/q=%E3%84%B1%E3%85%87/);
  const results = page.getByRole('table', { name: /검색 결과/ });
  await expect(results.getByRole('link', { name: '관악구' })).toBeVisible();

  // Search by an English name, in its common variant spelling
  await search.getByLabel('도시 이름').fill('Shinan');
  await search.getByRole('button', { name: '검색', exact: true }).click();
  await expect(page.getByRole('table', { name: /검색 결과/ }).getByRole('link', { name: '신안군' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('1곳을 찾았습니다.');

  // Filter by year: learning cities first designated 2001–2002
  await search.getByLabel('도시 이름').fill('');
  await search.getByText('조건 더 보기').click();
  await page.getByLabel('시작 연도').fill('2001');
  await page.getByLabel('끝 연도').fill('2002');
  await page.getByLabel('정렬').selectOption('year');
  await search.getByRole('button', { name: '이 조건으로 검색' }).click();
  await expect(page).toHaveURL(/from=2001&to=2002/);
  await expect(page.getByRole('status')).toHaveText('6곳을 찾았습니다.');
  const firstRow = page
    .getByRole('table', { name: /검색 결과/ })
    .getByRole('row')
    .nth(1);
  await expect(firstRow).toContainText('2001');
});

test('a shared search link opens with its query filled in, and the empty result helps', async ({ page }) => {
  await page.goto('/en/cities?q=zzzz&region=seoul');
  await expect(page.getByLabel('City name')).toHaveValue('zzzz');
  await expect(page.getByLabel('Region')).toHaveValue('seoul');
  await expect(page.getByRole('status')).toHaveText('No cities found.');
  await expect(page.getByText('Try again without the region (Seoul).')).toBeVisible();
  await page.getByRole('link', { name: 'Browse the list by region' }).click();
  await expect(page).toHaveURL(/\/en\/regions$/);
});

test('a merged region points to the region that replaced it', async ({ page }) => {
  await page.goto('/en/regions/gwangju');
  await expect(page.getByRole('note')).toContainText('merged on July 1, 2026');
  await page.getByRole('link', { name: 'Browse Jeonnam-Gwangju Integrated Special City' }).click();
  await expect(page).toHaveURL(/\/en\/regions\/jeonnam-gwangju$/);
  await expect(page.getByRole('link', { name: 'Gwangsan-gu' })).toBeVisible();
});

// With Cache Components the prerendered shell starts the response, so an unknown slug is a
// "soft" 404 (status 200) that tells search engines not to index it.
test('an unknown city shows the not-found page, unindexed, with a way back', async ({ page }) => {
  await page.goto('/ko/cities/nowhere-gun');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.getByRole('link', { name: '도시 찾기' }).last()).toBeVisible();
});
