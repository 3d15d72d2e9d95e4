// Every local government of today names the office of education that covers it: a district office
// (교육지원청), or for Sejong, which has none, 세종특별자치시교육청 itself (issue 12, point 8).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getCityPage } from '@/lib/cities/queries';
import { localGovernmentExistsOn } from '@/lib/core/existence';
import { todayInKorea } from '@/lib/core/dates';

describe('offices of education on the city pages', () => {
  it('Sejong’s page names 세종특별자치시교육청, a provincial office covering it directly, with its source', async () => {
    const page = await getCityPage('sejong');
    const current = page?.offices.filter((office) => office.validUntil === null);
    expect(current).toEqual([expect.objectContaining({ nameKo: '세종특별자치시교육청', parent: null, validFrom: '2012-07-01' })]);
    const row = await db.officeJurisdiction.findFirstOrThrow({ where: { localGovernment: { slug: 'sejong' } } });
    expect(row.note).toMatch(/^세종특별자치시교육청 covers the whole city itself.*https?:\/\//);
  });

  it('every local government that exists today has exactly one office covering it', async () => {
    const today = todayInKorea();
    const localGovernments = await db.localGovernment.findMany({
      where: localGovernmentExistsOn(today),
      select: {
        nameKo: true,
        region: { select: { shortKo: true } },
        jurisdictions: { where: { OR: [{ validUntil: null }, { validUntil: { gt: today } }] }, select: { id: true } },
      },
    });
    expect(localGovernments.length).toBe(230);
    const uncovered = localGovernments.filter((lg) => lg.jurisdictions.length !== 1).map((lg) => `${lg.region.shortKo} ${lg.nameKo}`);
    expect(uncovered).toEqual([]);
  });
});
