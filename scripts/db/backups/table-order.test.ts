import { describe, expect, it } from 'vitest';
import { orderByForeignKeys } from './table-order';

describe('orderByForeignKeys', () => {
  it('puts every table after the tables it references', () => {
    const order = orderByForeignKeys(
      ['Evaluation', 'Designation', 'LocalGovernment', 'Region', 'Announcement'],
      [
        { table: 'Evaluation', references: 'Designation' },
        { table: 'Evaluation', references: 'Announcement' },
        { table: 'Designation', references: 'LocalGovernment' },
        { table: 'LocalGovernment', references: 'Region' },
      ],
    );
    expect(order).toEqual(['Announcement', 'Region', 'LocalGovernment', 'Designation', 'Evaluation']);
  });

  it('gives the same order whatever order the catalog listed the tables in', () => {
    const keys = [
      { table: 'Session', references: 'User' },
      { table: 'Account', references: 'User' },
    ];
    expect(orderByForeignKeys(['Session', 'User', 'Account', 'Verification'], keys)).toEqual(
      orderByForeignKeys(['Verification', 'Account', 'User', 'Session'], keys),
    );
    expect(orderByForeignKeys(['Session', 'User', 'Account', 'Verification'], keys)).toEqual([
      'User',
      'Verification',
      'Account',
      'Session',
    ]);
  });

  it('ignores a table referencing itself and references to tables it was not given', () => {
    expect(
      orderByForeignKeys(
        ['Region', 'OfficeOfEducation'],
        [
          { table: 'Region', references: 'Region' },
          { table: 'OfficeOfEducation', references: 'OfficeOfEducation' },
          { table: 'OfficeOfEducation', references: 'Region' },
          { table: 'OfficeOfEducation', references: 'elsewhere' },
        ],
      ),
    ).toEqual(['Region', 'OfficeOfEducation']);
  });

  it('refuses a cycle between tables, naming them', () => {
    expect(() =>
      orderByForeignKeys(
        ['A', 'B', 'C'],
        [
          { table: 'A', references: 'B' },
          { table: 'B', references: 'A' },
        ],
      ),
    ).toThrow(/A, B form a cycle/);
  });

  it('orders by code point, not by locale (upper case before lower case)', () => {
    expect(orderByForeignKeys(['b', 'B', 'a', 'A'], [])).toEqual(['A', 'B', 'a', 'b']);
  });
});
