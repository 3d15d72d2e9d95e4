// A visitor on a phone (360 × 740, issue 14): charts that fit with legible text and their table,
// a search whose first result is on the first screen, the footer's pages, printing a city page,
// and an unknown city that answers 404 however often it is asked for.
import { expect, test } from '@playwright/test';
import { LOCALES } from './pages';
import { PHONE } from './support/narrow';

test.use({ viewport: PHONE });

for (const locale of LOCALES) {
  test(`the statistics charts (${locale}) fit a 360 px screen with text of 12 px or more, each beside a table`, async ({ page }) => {
    await page.goto(`/${locale}/statistics`);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('main svg[role="img"]')]
        .filter((svg) => svg.checkVisibility())
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          const scale = svg.getScreenCTM()?.a ?? 0;
          const sizes = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
          const holder = svg.parentElement!;
          return {
            name: svg.querySelector('title')?.textContent,
            right: box.right,
            scrolls: holder.scrollWidth > holder.clientWidth,
            smallest: Math.min(...sizes),
            hasTable: Boolean(svg.closest('section')?.querySelector('table')),
          };
        }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.right, `${chart.name}`).toBeLessThanOrEqual(PHONE.width);
      expect(chart.scrolls, `${chart.name}`).toBe(false);
      expect(chart.smallest, `${chart.name}`).toBeGreaterThanOrEqual(12);
      expect(chart.hasTable, `${chart.name}`).toBe(true);
    }
  });

  test(`a search from the header (${locale}) shows its first result within the first screen, with a count and a skip link`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`);
    const header = page.getByRole('search', { name: locale === 'ko' ? '사이트 검색' : 'Site search' });
    await header.getByRole('searchbox').fill(locale === 'ko' ? '해운대' : 'Haeundae');
    await header.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/cities\?q=/);
    await expect(page.getByRole('status')).toHaveText(locale === 'ko' ? '1곳을 찾았습니다.' : '1 city found.');
    const firstResult = page.getByRole('table').getByRole('row').nth(1);
    await expect(firstResult).toContainText(locale === 'ko' ? '해운대구' : 'Haeundae-gu');
    const box = (await firstResult.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    // The skip link shows when the keyboard reaches it, and takes focus to the results.
    const skip = page.getByRole('link', { name: locale === 'ko' ? '검색 결과 1곳으로 건너뛰기' : 'Skip to the 1 result' });
    await skip.focus();
    expect((await skip.boundingBox())!.width).toBeGreaterThan(40);
    await page.keyboard.press('Enter');
    await expect(page.locator('#results-heading')).toBeFocused();
  });

  test(`the footer (${locale}) names the operator and leads to contact, privacy, copyright and accessibility`, async ({ page }) => {
    await page.goto(`/${locale}/cities/gwangju-buk-gu`);
    const footer = page.getByRole('contentinfo');
    const names =
      locale === 'ko'
        ? ['운영 기관과 연락처', '개인정보처리방침', '저작권정책', '접근성 정책']
        : ['Operator and contact', 'Privacy policy', 'Copyright policy', 'Accessibility statement'];
    for (const name of names) await expect(footer.getByRole('link', { name, exact: true })).toBeVisible();
    // No contact detail is set on the test server: the footer says so instead of inventing one.
    await expect(
      footer.getByText(locale === 'ko' ? '운영 기관이 아직 입력하지 않았습니다' : 'not filled in by the operator yet').first(),
    ).toBeVisible();
    // The city page's "tell the secretariat" leads to the contact page.
    await page
      .getByRole('main')
      .getByRole('link', { name: locale === 'ko' ? /사무국에 알려 주세요/ : /tell the association/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/contact$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(names[0]!);
  });
}

test('a printed city page has no menus, language switch or sign-in link, and carries its address and the registry date', async ({
  page,
}) => {
  await page.goto('/ko/cities/gwangju-buk-gu');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toHaveCount(0);
  await expect(page.getByRole('search')).toHaveCount(0);
  // The language switch by its exact name: the sources section links the ministry's English release too.
  await expect(page.getByRole('link', { name: 'English', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: '관리자 로그인' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '현재 위치' })).toBeHidden();
  await expect(page.getByText('이 페이지의 주소:')).toBeVisible();
  await expect(page.getByText(/\/ko\/cities\/gwangju-buk-gu$/)).toBeVisible();
  await expect(page.getByText(/\d{4}년 \d{1,2}월 \d{1,2}일 기준 등록부입니다\./)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText('이 페이지의 주소:')).toBeHidden();
});

test('Sejong is named once in its heading, in both languages', async ({ page }) => {
  await page.goto('/ko/cities/sejong');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('세종특별자치시');
  await page.goto('/en/cities/sejong');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sejong Special Self-Governing City');
});

test('the offices page explains its dot before the lists that use it', async ({ page }) => {
  await page.goto('/ko/offices');
  const legend = page.getByText('표시는 평생학습도시입니다.');
  await expect(legend).toBeVisible();
  const legendTop = (await legend.boundingBox())!.y;
  const firstList = (await page.getByRole('main').getByRole('heading', { level: 2 }).first().boundingBox())!.y;
  expect(legendTop).toBeLessThan(firstList);
});

test('an unknown city answers 404 on its first request and on every one after', async ({ request }) => {
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await request.get('/ko/cities/no-such-city');
    expect(response.status(), `request ${attempt + 1}`).toBe(404);
  }
});
