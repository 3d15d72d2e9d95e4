import { describe, expect, it } from 'vitest';
import { canonicalQuery, listLinks, paginate } from './pagination';

const order = ['q', 'region', 'sort', 'page', 'pageSize'];
const defaults = { sort: 'region', page: 1, pageSize: 50 };

describe('pages of a list', () => {
  it('cuts the second page of 120 items at 50 and counts three pages', () => {
    const items = Array.from({ length: 120 }, (_, index) => index);
    const page = paginate(items, { page: 2, pageSize: 50 });
    expect(page.data).toHaveLength(50);
    expect(page.data[0]).toBe(50);
    expect(page.meta).toEqual({ total: 120, page: 2, pageSize: 50, pageCount: 3 });
  });

  it('gives an empty list one page, and a page past the last no items', () => {
    expect(paginate([], { page: 1, pageSize: 50 }).meta.pageCount).toBe(1);
    expect(paginate([1, 2, 3], { page: 4, pageSize: 2 }).data).toEqual([]);
  });

  it('writes the query in the schema’s order, without defaults', () => {
    const params = canonicalQuery({ pageSize: 10, sort: 'region', region: 'seoul', q: undefined, page: 1 }, defaults, order);
    expect(params.toString()).toBe('region=seoul&pageSize=10');
  });

  it('links a middle page to both neighbours', () => {
    const links = listLinks({ path: '/api/v1/cities', query: { region: 'seoul', page: 2, pageSize: 10 }, defaults, order, pageCount: 3 });
    expect(links).toEqual({
      self: '/api/v1/cities?region=seoul&page=2&pageSize=10',
      next: '/api/v1/cities?region=seoul&page=3&pageSize=10',
      prev: '/api/v1/cities?region=seoul&pageSize=10',
    });
  });

  it('links the only page to nothing, and a page past the last back to the last', () => {
    expect(listLinks({ path: '/api/v1/regions', query: { page: 1, pageSize: 50 }, defaults, order, pageCount: 1 })).toEqual({
      self: '/api/v1/regions',
    });
    expect(listLinks({ path: '/api/v1/regions', query: { page: 9, pageSize: 50 }, defaults, order, pageCount: 2 })).toEqual({
      self: '/api/v1/regions?page=9',
      prev: '/api/v1/regions?page=2',
    });
  });
});
