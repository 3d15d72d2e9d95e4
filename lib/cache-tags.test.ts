import { describe, expect, it } from 'vitest';
import { CACHE_TAGS, changedPages, changedPartnerships } from './cache-tags';

describe('what an edit expires', () => {
  it('is the lists, and each local government and region it touched, once', () => {
    expect(changedPages({ cities: ['seoul-gwanak-gu', 'seoul-gwanak-gu', null], regions: ['seoul', null] })).toEqual([
      CACHE_TAGS.lists,
      'city:seoul-gwanak-gu',
      'region:seoul',
    ]);
  });

  it('is the lists alone when no local government is named (a programme without recipients)', () => {
    expect(changedPages({ cities: [] })).toEqual(['lists']);
  });
});

describe('what an edit of networks, agreements or the association expires', () => {
  it('is their own tag and the pages of the local governments involved, never the lists', () => {
    expect(changedPartnerships({ tags: ['agreements'], cities: ['gyeonggi-gimpo-si', null, 'gyeonggi-gimpo-si'] })).toEqual([
      'agreements',
      'city:gyeonggi-gimpo-si',
    ]);
    expect(changedPartnerships({ tags: ['networks', 'networks'] })).toEqual(['networks']);
  });
});
