// Issue 5: the ministry's view of where the subsidy money goes — filtered in the URL,
// downloaded as XLSX whose sums are the dashboard's, closed to visitors; and staff keep the
// figures, which the public city page shows. Its screens' accessibility: admin-accessibility.spec.ts.
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { createAccount, signIn } from '../support/accounts';

/** The 2023 ministry release: 7 × 90 million + 17 × about 30 million + 4 × about 60 million won. */
const TOTAL_2023 = 1_380_000_000;

test('a visitor asking for the subsidy dashboard or its export is sent to sign in, and gets no figures', async ({ page, request }) => {
  await page.goto('/ko/admin/subsidies?year=2023');
  await expect(page).toHaveURL(/\/ko\/admin\/sign-in\?next=%2Fko%2Fadmin%2Fsubsidies%3Fyear%3D2023$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('로그인');

  // Past the proxy (a session cookie that is not a session), the export checks for itself.
  const answer = await request.get('/ko/admin/subsidies/export/xlsx?year=2023', {
    headers: { cookie: 'registry.session_token=forged' },
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(303);
  expect(answer.headers().location).toMatch(/\/ko\/admin\/sign-in\?next=/);
  expect((await answer.body()).length).toBe(0);
});

test('a ministry official filters to 2023 and downloads the XLSX, whose sums are those on screen', async ({ page }) => {
  const ministry = await createAccount('ministry');
  await signIn(page, ministry);
  await page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('link', { name: '지원금 현황' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('지원금 현황');

  const filters = page.getByRole('search', { name: '지원금 필터' });
  await filters.getByLabel('연도').selectOption('2023');
  await filters.getByRole('button', { name: '적용' }).click();
  await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
  await expect(page.getByText('합계 13.8억 원 (배분 28건)')).toBeVisible();
  const programmes = page.getByRole('table', { name: '연도별 사업, 받는 곳, 1곳당 금액, 배분 건수와 합계' });
  await expect(programmes.getByRole('row')).toHaveCount(5);
  // One money format per table: to the won (issue 14).
  await expect(programmes.locator('tfoot')).toContainText('1,380,000,000원');
  // The stated total of the 2023 release and the allocations linked to it differ, in plain view.
  await expect(page.getByText(/발표 총액 약 11억 원 .* 합계 13\.8억 원, 차이 \+2\.8억 원/)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '엑셀 (XLSX)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^평생학습도시-지원금-2023-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('연도·사업별 합계')!;
  expect(String(sheet.getCell('A1').value)).toMatch(/^평생학습도시 지원금 — 연도: 2023 · /);
  let sum = 0;
  let allocations = 0;
  sheet.eachRow((row, number) => {
    if (number <= 3 || row.getCell(1).font?.bold) return;
    allocations += row.getCell(5).value as number;
    sum += row.getCell(6).value as number;
  });
  expect(sum).toBe(TOTAL_2023);
  expect(allocations).toBe(28);
  const regions = workbook.getWorksheet('시·도별 합계')!;
  let regionSum = 0;
  regions.eachRow((row, number) => {
    const value = row.getCell(7).value;
    if (number > 3 && typeof value === 'number') regionSum += value;
  });
  expect(regionSum).toBe(TOTAL_2023);
});

test('the ministry filters 전남광주 for 2023 and sees Gwangju Dong-gu’s and Gurye’s allocations; the XLSX lists them, summing to the total', async ({
  page,
}) => {
  await signIn(page, await createAccount('ministry'));
  await page.goto('/ko/admin/subsidies');
  const filters = page.getByRole('search', { name: '지원금 필터' });
  // Regions as they are today: the former 광주 and 전남 are not offered beside 전남광주.
  await expect(filters.getByLabel('시·도', { exact: true }).locator('option', { hasText: /^광주$/ })).toHaveCount(0);
  await filters.getByLabel('연도').selectOption('2023');
  await filters.getByLabel('시·도', { exact: true }).selectOption({ label: '전남광주' });
  await filters.getByRole('button', { name: '적용' }).click();
  await expect(page).toHaveURL(/[?&]year=2023&.*region=jeonnam-gwangju/);

  const allocations = page.getByRole('table', { name: /배분 한 건마다/ });
  const dongGu = allocations.getByRole('row').filter({ hasText: '동구' });
  await expect(dongGu).toContainText('광주');
  await expect(dongGu).toContainText('전남광주');
  await expect(dongGu).toContainText('30,000,000원');
  await expect(allocations.getByRole('row').filter({ hasText: '구례군' })).toContainText('90,000,000원');
  const headline = await page.getByText(/^합계 .* \(배분 \d+건\)$/).textContent();
  expect(headline).not.toContain('합계 0원');
  // Where a merger changes the figure, a note says so.
  await expect(page.getByText(/전남광주: 발표 당시 광주에 속했던 곳의 배분 \d+건/)).toBeVisible();
  await expect(page.getByText(/전남광주: 발표 당시 전남에 속했던 곳의 배분 \d+건/)).toBeVisible();
  const footer = await allocations.locator('tfoot').textContent();
  const total = BigInt(footer!.replace(/[^0-9]/g, ''));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '엑셀 (XLSX)' }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('배분 목록')!;
  let sum = 0n;
  const recipients: string[] = [];
  sheet.eachRow((row, number) => {
    const amount = row.getCell(6).value;
    if (number <= 3 || row.getCell(1).font?.bold || typeof amount !== 'number') return;
    sum += BigInt(amount);
    recipients.push(String(row.getCell(3).value));
  });
  expect(recipients).toEqual(expect.arrayContaining(['동구', '구례군']));
  expect(sum).toBe(total);

  // The region at the time of the announcement is a choice: then 광주 and 전남 are offered.
  await page.goto('/ko/admin/subsidies?year=2023&regionAt=announced');
  await expect(page.getByRole('table', { name: /시·도별 받은 도시 수/ }).getByRole('row', { name: /^광주 / })).toBeVisible();
});

// Gyeonggi Yeoncheon-gun's 2024 specialization grant: no other journey reads or writes it.
test('a staff member corrects an allocation, and the public city page shows the new amount', async ({ page }) => {
  const staff = await createAccount('staff');
  await signIn(page, staff);
  await page.goto('/ko/cities/gyeonggi-yeoncheon-gun');
  await expect(page.getByRole('table', { name: '연도별 지원 사업과 금액' })).toContainText('2,500만 원');

  await page.goto('/ko/admin/allocations?year=2024');
  await page.getByRole('link', { name: '경기 연천군' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024 지역 특성화 프로그램 지원 · 경기 연천군');
  const edit = page.getByRole('region', { name: '배분 내용 고치기' });
  await edit.getByLabel('금액 (원)').fill('2만6천');
  await edit.getByRole('button', { name: '저장' }).click();
  await expect(edit.getByLabel('금액 (원)')).toHaveAccessibleDescription(/원 단위 숫자로 입력해 주세요/);
  await edit.getByLabel('금액 (원)').fill('26,000,000');
  await edit.getByRole('button', { name: '저장' }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/allocations\/\d+\?saved=updated$/);
  await expect(page.getByRole('region', { name: '변경 기록' })).toContainText('25000000');

  const status = page.getByRole('region', { name: '상태', exact: true });
  await status.getByLabel('상태').selectOption({ label: '교부 완료' });
  // The address already ends in ?saved=updated: wait for the action's own answer, not the URL.
  const changed = page.waitForResponse(
    (response) => response.request().method() === 'POST' && /\/ko\/admin\/allocations\/\d+/.test(response.url()),
  );
  await status.getByRole('button', { name: '상태 바꾸기' }).click();
  expect((await changed).ok()).toBe(true);
  await expect(page).toHaveURL(/\?saved=updated$/);

  await page.goto('/ko/cities/gyeonggi-yeoncheon-gun');
  const funding = page.getByRole('table', { name: '연도별 지원 사업과 금액' });
  await expect(funding.getByRole('row', { name: /2024/ })).toContainText('2,600만 원');
  await expect(funding.getByRole('row', { name: /2024/ })).toContainText('교부 완료');
});
