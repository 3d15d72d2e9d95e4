import { describe, expect, it } from 'vitest';
import { listParam, parseListParams } from './list-params';

const SHAPE = { q: listParam.text(), status: listParam.choice(['active', 'ended']), region: listParam.id(), from: listParam.day() };

describe('a staff list’s URL', () => {
  it('reads each filter and the page', () => {
    expect(parseListParams(SHAPE, { q: '관악', status: 'ended', region: '11', from: '2024-01-31', page: '3' })).toEqual({
      q: '관악',
      status: 'ended',
      region: 11,
      from: '2024-01-31',
      page: 3,
    });
  });

  it('drops what does not read instead of failing, and takes the first of repeated values', () => {
    expect(parseListParams(SHAPE, { q: ['a'.repeat(80), 'b'], status: 'gone', region: '-4', from: '2024-13', page: 'x' })).toEqual({
      q: 'a'.repeat(60),
      status: undefined,
      region: undefined,
      from: undefined,
      page: 1,
    });
    expect(parseListParams(SHAPE, {})).toEqual({ q: '', status: undefined, region: undefined, from: undefined, page: 1 });
  });
});
