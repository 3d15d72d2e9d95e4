import { describe, expect, it } from 'vitest';
import { evaluationFeed } from './feed';

const entry = (designationId: number, dueYear: number | null) => ({
  designationId,
  slug: 'seoul-yangcheon-gu',
  nameKo: '양천구',
  nameEn: 'Yangcheon-gu',
  region: { slug: 'seoul', shortKo: '서울', shortEn: 'Seoul' },
  designatedYear: 2005,
  dueYear,
  lastOutcome: 'redesignated',
});

describe('the evaluation calendar feed', () => {
  it('has one all-day entry per due city, with a stable id and a link to its record, and none for an unknown year', () => {
    const text = evaluationFeed({
      entries: [entry(12, 2026), entry(13, null)],
      text: {
        calendarName: '재지정 평가',
        summary: (e) => `재지정 평가: ${e.region.shortKo} ${e.nameKo} (${e.dueYear})`,
        description: () => '결과를 기록하세요.',
      },
      siteUrl: 'https://registry.example',
      locale: 'ko',
      now: new Date('2026-11-23T00:00:00Z'),
    });
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('UID:evaluation-12-2026@learning-cities-registry');
    expect(text).toContain('DTSTART;VALUE=DATE:20260101');
    expect(text).toContain('SUMMARY:재지정 평가: 서울 양천구 (2026)');
    expect(text).toContain('URL;VALUE=URI:https://registry.example/ko/admin/designations/12');
  });
});

describe('the agreements in the calendar feed', () => {
  it('has one all-day entry per deadline, with a stable id and a link to the agreement’s record', () => {
    const text = evaluationFeed({
      entries: [],
      text: { calendarName: '기한', summary: () => '', description: () => '' },
      siteUrl: 'https://registry.example',
      locale: 'en',
      now: new Date('2026-12-01T00:00:00Z'),
      agreements: {
        deadlines: [
          { kind: 'renewal', on: '2027-01-01', renewal: 2, id: 7, slug: 'youth-shelters', titleKo: '청소년', titleEn: 'Youth shelters' },
        ],
        summary: (deadline) => `${deadline.titleEn}: renewal ${deadline.renewal}`,
      },
    });
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('UID:agreement-youth-shelters-renewal-2027-01-01@learning-cities-registry');
    expect(text).toContain('DTSTART;VALUE=DATE:20270101');
    expect(text).toContain('SUMMARY:Youth shelters: renewal 2');
    expect(text).toContain('URL;VALUE=URI:https://registry.example/en/admin/agreements/7');
  });
});
