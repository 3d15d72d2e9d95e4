import { describe, expect, it } from 'vitest';
import { byLocale, intlLocale, localField, localName, localOptions, otherLocale, qualifiedName } from './names';

const gwanak = { nameKo: '관악구', nameEn: 'Gwanak-gu' };
const seoul = { shortKo: '서울', shortEn: 'Seoul' };

describe('names in the reader’s language', () => {
  it('read the Korean or the English column of a record', () => {
    expect(localName(gwanak, 'ko')).toBe('관악구');
    expect(localName(gwanak, 'en')).toBe('Gwanak-gu');
    expect(localField({ purposeKo: '목적', purposeEn: null }, 'purpose', 'en')).toBeNull();
    expect(localField(seoul, 'short', 'ko')).toBe('서울');
  });

  it('name a local government with its region as each language does', () => {
    expect(qualifiedName(gwanak, seoul, 'ko')).toBe('서울 관악구');
    expect(qualifiedName(gwanak, seoul, 'en')).toBe('Gwanak-gu, Seoul');
    expect(qualifiedName({ nameKo: '부산진구', nameEn: 'Busanjin-gu', kind: 'gu' }, { shortKo: '부산', shortEn: 'Busan' }, 'ko')).toBe(
      '부산 부산진구',
    );
  });

  it('name a special self-governing city once, not again after its own region', () => {
    const sejong = { nameKo: '세종특별자치시', nameEn: 'Sejong Special Self-Governing City', kind: 'special_city' };
    const region = { shortKo: '세종', shortEn: 'Sejong' };
    expect(qualifiedName(sejong, region, 'ko')).toBe('세종특별자치시');
    expect(qualifiedName(sejong, region, 'en')).toBe('Sejong Special Self-Governing City');
  });

  it('give the other language, and English to a reader of a language the portal does not speak', () => {
    expect(otherLocale('ko')).toBe('en');
    expect(otherLocale('en')).toBe('ko');
    expect(byLocale('fr', { ko: 1, en: 2 })).toBe(2);
    expect(intlLocale('ko')).toBe('ko-KR');
  });

  it('label a form’s choices', () => {
    expect(localOptions([{ value: '1', labelKo: '하나', labelEn: 'one' }], 'en')).toEqual([{ value: '1', label: 'one' }]);
  });
});
