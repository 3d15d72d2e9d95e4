import { describe, expect, it } from 'vitest';
import { pageWindow } from './pagination';

describe('the page numbers of a pager', () => {
  it('show the first, the last and two either side of the current page, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 10, 11, 12]);
    expect(pageWindow(3, 12)).toEqual([1, 2, 3, 4, 5, null, 12]);
  });
});
