// Issue 4: a staff member records a re-designation outcome; the public timeline shows it in
// Korean and English, and the due list moves the city on to its next cycle.
import { expect, test } from '@playwright/test';
import { createAccount, signIn } from '../support/accounts';

// Busan Gangseo-gu, designated 2022: first evaluation due 2026. No other journey touches it.
const CITY = { slug: 'busan-gangseo-gu', region: '부산', nameKo: '강서구', nameEn: 'Gangseo-gu' };

test('a staff member records a re-designation; the public timeline shows it, and the due list moves the city to 2029', async ({ page }) => {
  await signIn(page, await createAccount('staff'));
  await page.goto('/ko/admin/evaluations');
  const dueThisYear = page.getByRole('table', { name: /^2026년 평가 대상/ });
  const row = dueThisYear.getByRole('row').filter({ hasText: CITY.region }).filter({ hasText: CITY.nameKo });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: CITY.nameKo }).click();

  const record = page.getByRole('region', { name: '평가 결과 기록' });
  await expect(record.getByLabel(/^평가 연도/)).toHaveValue('2026');
  // An outcome without its consequences' order: a follow-up year on a re-designation is refused.
  await record.getByLabel(/^결과/).selectOption({ label: '재지정' });
  await record.getByLabel(/^후속 평가 연도/).fill('2027');
  await record.getByRole('button', { name: '평가 결과 기록' }).click();
  await expect(record.getByLabel(/^후속 평가 연도/)).toHaveAccessibleDescription(/조건부 재지정이나 재지정 유예일 때만/);
  await record.getByLabel(/^후속 평가 연도/).fill('');
  await record.getByLabel(/^결정일/).fill('2026-06-30');
  await record.getByLabel(/^출처/).fill('교육부 2026년 재지정 평가 결과');
  await record.getByRole('button', { name: '평가 결과 기록' }).click();
  await expect(page.getByRole('status')).toHaveText('재지정 평가 결과를 기록했습니다. 공개 페이지에도 반영되었습니다.');
  await expect(page.getByRole('region', { name: '변경 기록' })).toContainText('평가 결과 기록');

  // The public city page, in Korean and in English.
  await page.goto(`/ko/cities/${CITY.slug}`);
  const timeline = page.getByRole('region', { name: '지정과 재지정 평가' });
  await expect(timeline.getByRole('listitem').filter({ hasText: '2026년 6월 30일' })).toContainText('재지정 평가: 재지정');
  await expect(timeline.getByRole('listitem').last()).toContainText('2029년');
  await expect(timeline.getByRole('listitem').last()).toContainText('다음 재지정 평가 예정');
  await page.getByRole('link', { name: 'English' }).click();
  const timelineEn = page.getByRole('region', { name: 'Designation and re-designation' });
  await expect(timelineEn.getByRole('listitem').filter({ hasText: 'June 30, 2026' })).toContainText(
    'Re-designation evaluation: Re-designated',
  );
  await expect(timelineEn.getByRole('listitem').last()).toContainText('2029');

  // The due list: no longer due this year; due in 2029.
  await page.goto('/ko/admin/evaluations');
  await expect(
    page
      .getByRole('table', { name: /^2026년 평가 대상/ })
      .getByRole('row')
      .filter({ hasText: CITY.region })
      .filter({ hasText: CITY.nameKo }),
  ).toHaveCount(0);
  const later = page
    .getByRole('table', { name: /^2028년 이후 평가 대상/ })
    .getByRole('row')
    .filter({ hasText: CITY.region })
    .filter({ hasText: CITY.nameKo });
  await expect(later).toContainText('2029');
});
