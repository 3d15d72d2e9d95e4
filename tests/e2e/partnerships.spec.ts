// Issue 15: a visitor follows a city's networks and agreements and comes back, in both languages;
// the list of agreements on a chosen day follows the rules of their terms.
import { expect, test } from '@playwright/test';

const JOURNEY = {
  ko: {
    city: '강원 양구군',
    section: '국제 네트워크와 협약',
    network: '유네스코 글로벌 학습도시 네트워크',
    agreement: '양구군-멕시코 학습도시 연맹-라틴아메리카 학습도시 총연맹 업무협약',
    member: '강원 양구군',
    termUnknown: '체결됨 (기간이 공개되지 않아 효력을 알 수 없음)',
  },
  en: {
    city: 'Yanggu-gun, Gangwon',
    section: 'International networks and agreements',
    network: 'UNESCO Global Network of Learning Cities',
    agreement: 'Agreement of Yanggu County with the Mexican Learning Cities Alliance and the Latin American Federation of Learning Cities',
    member: 'Yanggu-gun, Gangwon',
    termUnknown: 'Signed (its term is not published, so its standing cannot be said)',
  },
} as const;

for (const locale of ['ko', 'en'] as const) {
  const text = JOURNEY[locale];
  test(`a visitor goes from a city page to its network and its agreement and back (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/cities/gangwon-yanggu-gun`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.city);
    const section = page.getByRole('region', { name: text.section });

    await section.getByRole('link', { name: text.network }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/networks/gnlc$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.network);
    // The city is among the network's members, and links back to its page.
    const member = page.locator('#members-heading + div').getByRole('rowheader', { name: text.member });
    await expect(member).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${locale}/cities/gangwon-yanggu-gun$`));

    await section.getByRole('link', { name: text.agreement }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/agreements/2025-04-yanggu-latin-american-learning-cities$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.agreement);
    await expect(page.getByTestId('agreement-standing')).toContainText(text.termUnknown);
    // …and from the agreement's parties back to the city.
    await page
      .getByRole('region', { name: locale === 'ko' ? '당사자와 역할' : 'Parties and roles' })
      .getByRole('link', { name: text.member })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/cities/gangwon-yanggu-gun$`));
  });
}

test('the agreements in force on 2025-06-01 and on 2027-06-01 differ as their terms say', async ({ page }) => {
  const standing = (slug: string) => page.locator(`tr[data-agreement="${slug}"] td[data-standing]`);

  await page.goto('/ko/agreements?standing=in_force&on=2025-06-01');
  await expect(page.locator('tr[data-agreement]')).toHaveCount(2);
  await expect(standing('2025-02-25-seoul-gimpo')).toHaveText('효력 있음 (처음 기간, 2026년 2월 25일까지)');
  await expect(standing('2025-02-06-seoul-youth-shelters')).toHaveText('효력 있음 (처음 기간, 2025년 12월 31일까지)');

  // The same filter by the form, on another day: both renewed twice, each by its own rule.
  await page.getByLabel('기준일').fill('2027-06-01');
  await page.getByRole('button', { name: '보기' }).click();
  await expect(page).toHaveURL(/on=2027-06-01/);
  await expect(page.locator('tr[data-agreement]')).toHaveCount(2);
  await expect(standing('2025-02-25-seoul-gimpo')).toHaveText('2번째 연장으로 효력 있음 (2028년 2월 25일까지)');
  await expect(standing('2025-02-06-seoul-youth-shelters')).toHaveText('2번째 연장으로 효력 있음 (2027년 12월 31일까지)');

  // After the three-party agreement's last possible day only Seoul–Gimpo is still in force.
  await page.goto('/en/agreements?standing=in_force&on=2029-06-01');
  await expect(page.locator('tr[data-agreement]')).toHaveCount(1);
  await expect(standing('2025-02-25-seoul-gimpo')).toHaveText('In force by renewal 4 (until February 25, 2030)');
  await page.goto('/en/agreements?standing=ended&on=2029-06-01');
  await expect(standing('2025-02-06-seoul-youth-shelters')).toHaveText('Expired (last day December 31, 2028)');
});

test('the diagram of who has agreements with whom has its table', async ({ page }) => {
  await page.goto('/en/agreements');
  await expect(page.getByRole('img', { name: 'Parties to agreements and their links' })).toBeVisible();
  const pairs = page.getByRole('table', { name: 'Pairs of parties linked by an agreement' });
  await expect(pairs.getByRole('row')).toHaveCount(1 + 1 + 3 + 1 + 3);
  await expect(pairs.getByRole('row', { name: /Gimpo-si, Gyeonggi/ })).toContainText('Seoul Special City');
});
