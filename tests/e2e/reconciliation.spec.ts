// Issue 12: the counting rule and every published figure against the registry, reached from the
// statistics and the registry pages, in both languages.
import { expect, test } from '@playwright/test';

test('the statistics page leads to the reconciliation, where each published total stands beside the registry’s count', async ({ page }) => {
  await page.goto('/ko/statistics');
  await page.getByRole('link', { name: '집계 방식과, 발표된 모든 수치와의 대조' }).click();
  await expect(page).toHaveURL(/\/ko\/reconciliation$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('발표 수치와 등록부 대조');
  await expect(page.getByRole('heading', { name: '집계 방식' })).toBeVisible();
  // The 2026 announcement: 206, its source a link, the registry's 206 that day, no difference.
  const row = page.locator('tr#figure-2026-newspim');
  await expect(row.getByRole('link', { name: '뉴스핌' })).toHaveAttribute('href', 'https://www.newspim.com/news/view/20260310000158');
  await expect(row.locator('td').nth(0)).toHaveText('206');
  await expect(row.locator('td').nth(2)).toHaveText('206');
  await expect(row).toContainText('같음');
  // A figure the registry cannot explain says so.
  await expect(page.locator('tr#figure-2024-11-joongdo')).toContainText('설명하지 못함');
});

test('the registry of a day links to the reconciliation and names the total published that year', async ({ page }) => {
  await page.goto('/en/registry?asOf=2023-12-31');
  await expect(page.getByText('The same as the 195 published for')).toBeVisible();
  await page.getByRole('link', { name: 'The counting rule, and every published figure against the registry' }).click();
  await expect(page).toHaveURL(/\/en\/reconciliation$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Published figures against the registry');
  await expect(page.locator('tr#figure-new-2004-imaeil')).toContainText('Same');
});

test('a merged city shows its predecessors with their designations', async ({ page }) => {
  await page.goto('/en/cities/gyeongnam-changwon-si');
  const lineage = page.getByRole('region', { name: 'Predecessors, successors and their designations' });
  await expect(lineage.getByRole('link', { name: 'Masan-si' })).toBeVisible();
  await expect(lineage).toContainText('designated 2004 (carried over to this one)');
  await lineage.getByRole('link', { name: 'Changwon-si' }).first().click();
  await expect(page).toHaveURL(/\/en\/cities\/gyeongnam-changwon-si-until-2010$/);
  await expect(page.getByRole('region', { name: 'Predecessors, successors and their designations' })).toContainText(
    'carried over to Changwon-si on July 1, 2010',
  );
});
