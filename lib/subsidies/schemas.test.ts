import { describe, expect, it } from 'vitest';
import { CreateAllocationSchema, CreateProgrammeSchema, WonField } from './schemas';

describe('subsidy form schemas', () => {
  it('read an amount in won as typed, with separators, into BigInt', () => {
    expect(WonField.parse('90,000,000')).toBe(90_000_000n);
    expect(WonField.parse(' 1 140 000 000 ')).toBe(1_140_000_000n);
    expect(WonField.parse('9999999999999')).toBe(9_999_999_999_999n);
  });

  it('refuse what is not a whole number of won, with a message key', () => {
    const issue = (value: string) => WonField.safeParse(value).error?.issues[0]?.message;
    expect(issue('9e7')).toBe('amountFormat');
    expect(issue('90000000.5')).toBe('amountFormat');
    expect(issue('-5')).toBe('amountFormat');
    expect(issue('')).toBe('required');
    expect(issue('0')).toBe('amountOutOfRange');
    expect(issue('10000000000001')).toBe('amountOutOfRange');
  });

  it('read a programme: code format, kind, an optional amount and "about"', () => {
    const base = { code: 'new-city', year: '2023', nameKo: '신규', nameEn: 'New', recipientKind: 'local_government' };
    expect(CreateProgrammeSchema.parse({ ...base, amountPerRecipient: '', isAmountApproximate: 'true' })).toMatchObject({
      amountPerRecipient: undefined,
      isAmountApproximate: true,
      year: 2023,
    });
    expect(CreateProgrammeSchema.parse(base).isAmountApproximate).toBe(false);
    expect(CreateProgrammeSchema.safeParse({ ...base, code: 'New City' }).error?.issues[0]?.message).toBe('programmeCodeFormat');
    expect(CreateProgrammeSchema.safeParse({ ...base, recipientKind: 'person' }).error?.issues[0]?.message).toBe('notAnOption');
  });

  it('read an allocation with its status', () => {
    expect(CreateAllocationSchema.parse({ programmeId: '3', localGovernmentId: '7', amount: '30000000', status: 'draft' })).toMatchObject({
      programmeId: 3,
      localGovernmentId: 7,
      amount: 30_000_000n,
      status: 'draft',
      note: null,
    });
    expect(CreateAllocationSchema.safeParse({ programmeId: '3', amount: '1', status: 'paid' }).success).toBe(false);
  });
});
