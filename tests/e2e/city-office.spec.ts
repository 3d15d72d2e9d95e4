// A city page names the office of education that covers it; Sejong, which has no district office,
// names its provincial office (issue 12, point 8).
import { expect, test } from '@playwright/test';

test('Sejong’s page names 세종특별자치시교육청 as its office, in both languages', async ({ page }) => {
  await page.goto('/ko/cities/sejong');
  const office = page.locator('dt', { hasText: '관할 교육청' }).locator('xpath=following-sibling::dd[1]');
  await expect(office).toContainText('세종특별자치시교육청');
  await expect(office).toContainText('교육지원청 없이 시·도교육청이 직접 관할합니다.');
  await page.goto('/en/cities/sejong');
  await expect(page.locator('dt', { hasText: 'Office of education' }).locator('xpath=following-sibling::dd[1]')).toContainText(
    'Sejong Metropolitan Office of Education',
  );
});

test('a city with a district office names it and its provincial office', async ({ page }) => {
  await page.goto('/ko/cities/seoul-gwanak-gu');
  const office = page.locator('dt', { hasText: '관할 교육지원청' }).locator('xpath=following-sibling::dd[1]');
  await expect(office).toContainText('교육지원청');
  await expect(office).toContainText('서울특별시교육청');
});
