import { describe, expect, it } from 'vitest';
import { CitiesQuerySchema } from './parameters';
import { displayJson, summarizeSchema } from './display';
import { z } from 'zod';

describe('JSON as the reference page shows it', () => {
  it('keeps the first item of data and two of a nested list, saying how many are left out', () => {
    const text = displayJson({ data: [{ tags: ['a', 'b', 'c', 'd'] }, { tags: [] }, { tags: [] }], meta: { total: 3 } });
    expect(text).toContain('… (+2)');
    expect(text.match(/… \(\+2\)/g)).toHaveLength(2);
    expect(text).toContain('"a"');
    expect(text).not.toContain('"c"');
    expect(text).toContain('"total": 3');
  });

  it('leaves short lists and a resource whole', () => {
    const value = { data: { slug: 'seoul', names: ['서울'] }, links: { self: '/api/v1/regions/seoul' } };
    expect(displayJson(value)).toBe(JSON.stringify(value, null, 2));
  });
});

describe('a parameter’s schema in brief', () => {
  const properties = (z.toJSONSchema(CitiesQuerySchema, { io: 'input' }) as { properties: Record<string, Record<string, unknown>> })
    .properties;

  it('gives an integer’s bounds and default', () => {
    expect(summarizeSchema(properties.pageSize!)).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 100,
      defaultValue: '50',
      enumValues: null,
    });
  });

  it('gives the values of a choice, and recognises a day and a slug', () => {
    expect(summarizeSchema(properties.sort!).enumValues).toEqual(['relevance', 'name', 'region', 'year', 'year-desc']);
    expect(summarizeSchema(properties.asOf!)).toMatchObject({ type: 'string', isDate: true, isSlug: false });
    expect(summarizeSchema(properties.region!)).toMatchObject({ isSlug: true, maxLength: 80 });
  });
});
