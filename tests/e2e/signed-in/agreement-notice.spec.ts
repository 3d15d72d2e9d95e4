// Issue 15: staff record a notice not to renew Seoul–Gimpo; the public agreement page shows the
// standing and the end date that follow from the agreement's rules.
import { expect, test } from '@playwright/test';
import { upcomingDeadlines } from '../../../lib/agreements/deadlines';
import { agreementEnd, standingOn } from '../../../lib/agreements/standing';
import { createAccount, signIn } from '../support/accounts';

const SEOUL_GIMPO = {
  signedOn: '2025-02-25',
  initialTerm: { months: 12 },
  renewal: { months: 12, maxRenewals: null },
  noticeMonths: null,
} as const;
const NOTICE = { kind: 'non_renewal', givenOn: '2026-06-01' } as const;
const YOUTH_SHELTERS = {
  signedOn: '2025-02-06',
  initialTermMonths: null,
  initialTermUntil: '2025-12',
  renewalMonths: 12,
  maxRenewals: 3,
  noticeMonths: 1,
};

const todayInKorea = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());

test('staff record a notice on Seoul–Gimpo; its public page shows the new end date and standing', async ({ page }) => {
  // Before: renewed each year without an end.
  await page.goto('/ko/agreements/2025-02-25-seoul-gimpo');
  await expect(page.getByTestId('agreement-end')).toHaveText('정해진 종료일 없음: 통보가 없으면 해마다 연장');

  const staff = await createAccount('staff');
  await page.goto('/ko/admin/agreements');
  await expect(page).toHaveURL(/sign-in/);
  await signIn(page, staff);
  await expect(page).toHaveURL(/\/ko\/admin\/agreements$/);
  await page.getByRole('link', { name: '사교육비 경감 및 교육격차 해소를 위한 서울특별시-김포시 업무협약' }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/agreements\/\d+$/);

  const form = page.getByRole('region', { name: '통지·해지 기록' });
  await form.getByLabel('종류').selectOption('non_renewal');
  await form.getByLabel('통지일').fill(NOTICE.givenOn);
  await form.getByLabel('통지한 당사자').selectOption({ label: '경기 김포시' });
  await form.getByLabel('출처').fill('김포시 공문 (e2e test)');
  await form.getByRole('button', { name: '통지·해지 기록' }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/agreements\/\d+\?saved=updated$/);
  await expect(page.getByRole('region', { name: '변경 기록' })).toContainText('통지 기록');

  // The public page, at its next request: the end follows from the rules (the year running on
  // 2026-06-01 is the first renewal, 2026-02-26 to 2027-02-25), the standing from today.
  const end = agreementEnd(SEOUL_GIMPO, [NOTICE]);
  expect(end).toMatchObject({ kind: 'notice', lastDay: '2027-02-25' });
  await page.goto('/ko/agreements/2025-02-25-seoul-gimpo');
  await expect(page.getByTestId('agreement-end')).toHaveText('2027년 2월 25일 (2026년 6월 1일의 통지로 종료)');
  const standing = standingOn(SEOUL_GIMPO, [NOTICE], todayInKorea());
  await expect(page.getByTestId('agreement-standing')).toContainText(
    standing.state === 'terminated_by_notice'
      ? '통지로 종료 (2026년 6월 1일 통지, 마지막 날 2027년 2월 25일)'
      : '1번째 연장으로 효력 있음 (2027년 2월 25일까지)',
  );
  await expect(page.getByRole('region', { name: '통지와 해지', exact: true })).toContainText('연장하지 않겠다는 통지');

  await page.goto('/en/agreements/2025-02-25-seoul-gimpo');
  await expect(page.getByTestId('agreement-end')).toHaveText('February 25, 2027 (ended by the notice of June 1, 2026)');

  // The staff due list shows what falls due within 60 days, as the rules give it from today.
  const expected = upcomingDeadlines(
    [
      {
        id: 1,
        slug: 'seoul-gimpo',
        titleKo: '사교육비 경감 및 교육격차 해소를 위한 서울특별시-김포시 업무협약',
        titleEn: '',
        signedOn: '2025-02-25',
        initialTermMonths: 12,
        initialTermUntil: null,
        renewalMonths: 12,
        maxRenewals: null,
        noticeMonths: null,
        notices: [{ ...NOTICE, lastDayInForce: null }],
      },
      {
        id: 2,
        slug: 'youth-shelters',
        titleKo: '청소년쉼터 이용 청소년 자립지원 서울특별시-서울지방고용노동청-한국청소년쉼터협의회 업무 협약',
        titleEn: '',
        ...YOUTH_SHELTERS,
        notices: [],
      },
    ],
    todayInKorea(),
  );
  await page.goto('/ko/admin/evaluations');
  const due = page.getByRole('region', { name: /^협약: 60일 안의 기한/ });
  await expect(due).toContainText(`(${expected.length}건)`);
  for (const deadline of expected) await expect(due.getByRole('rowheader', { name: deadline.titleKo }).first()).toBeVisible();
});
