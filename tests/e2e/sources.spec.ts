// Issue 12: sources a reader can open, and a schedule for every city, as a visitor sees them.
import { expect, test } from '@playwright/test';

/** The seed documents' file names (000_6d03ef1b3470ad3d.txt) and the compiler's English notes. */
const SEED_FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;
const WORKING_NOTE = /implied as above|implied: all 11/;

test('no page shows a seed file name or a working note, in either language', async ({ page }) => {
  const paths = [
    '',
    '/cities/chungbuk-chungju-si',
    '/cities/chungbuk-cheongju-si',
    '/cities/seoul-gwanak-gu',
    '/cities/gyeongnam-changwon-si',
    '/cities/chungbuk-eumseong-gun',
    '/about',
    '/open-data',
    '/statistics',
    '/registry',
  ];
  for (const locale of ['ko', 'en']) {
    for (const path of paths) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      const html = await page.content();
      expect(html, `${locale}${path}`).not.toMatch(SEED_FILE_NAME);
      expect(html, `${locale}${path}`).not.toMatch(WORKING_NOTE);
    }
  }
});

test('a designation links the report that gives its year; an ending placed by inference says so in the reader’s language', async ({
  page,
}) => {
  await page.goto('/ko/cities/chungbuk-chungju-si');
  const facts = page.locator('#facts-heading').locator('..');
  await expect(facts.getByRole('link', { name: '충주시, 2021년 재지정평가 우수 평생학습도시 표창' }).first()).toHaveAttribute(
    'href',
    'http://www.bzeronews.com/news/articleView.html?idxno=493370',
  );
  await expect(facts).not.toContainText('추론');

  await page.goto('/ko/cities/gyeongbuk-gimcheon-si');
  const history = page.locator('#history-heading').locator('..');
  await expect(history).toContainText('2022년까지는 끝난 것으로 기록했습니다(추정)');
  await expect(history).not.toContainText('inference');
  await page.goto('/en/cities/gyeongbuk-gimcheon-si');
  await expect(page.locator('#history-heading').locator('..')).toContainText('it had ended by 2022 (an inference)');
  await expect(page.locator('#history-heading').locator('..')).not.toContainText('추정');
});

test('a city’s next evaluation is a coming year with its source, or says the past outcome is not recorded', async ({ page }) => {
  await page.goto('/ko/cities/gyeongnam-changwon-si');
  const next = page.getByRole('term').filter({ hasText: '다음 재지정 평가' }).locator('xpath=following-sibling::dd[1]');
  await expect(next).toContainText('2027년');
  await expect(next.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);

  await page.goto('/ko/cities/seoul-gwanak-gu');
  const gwanak = page.getByRole('term').filter({ hasText: '다음 재지정 평가' }).locator('xpath=following-sibling::dd[1]');
  await expect(gwanak).toContainText('2020년 평가 결과가 기록되지 않았습니다');
  await expect(gwanak).toContainText('2026년');
  await expect(gwanak.getByRole('link').first()).toHaveAttribute('href', 'https://m.etnews.com/20200614000028');
});

test('the open-data page lists the designation history and the allocations, and each file has its dictionary’s columns', async ({
  page,
}) => {
  await page.goto('/en/open-data');
  for (const [link, caption] of [
    [/Designation history CSV/, 'Columns, types and meaning of the designation history file'],
    [/Allocations CSV/, 'Columns, types and meaning of the allocations file'],
  ] as const) {
    const columns = await page.getByRole('table', { name: caption }).locator('tbody th').allTextContents();
    const href = await page.getByRole('link', { name: link }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const text = await response.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]!.split(',')).toEqual(columns);
  }
});
