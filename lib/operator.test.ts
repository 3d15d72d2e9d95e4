import { describe, expect, it } from 'vitest';
import { operatorContact } from './operator';

describe('the operator’s contact details', () => {
  it('are unset unless the operator sets them: nothing is made up', () => {
    expect(operatorContact('ko', {})).toEqual({ address: undefined, phone: undefined, email: undefined, privacyOfficer: undefined });
    expect(operatorContact('en', { REGISTRY_OPERATOR_EMAIL: '  ' }).email).toBeUndefined();
  });

  it('give the English address to English readers, and the Korean one when there is no English one', () => {
    const env = {
      REGISTRY_OPERATOR_ADDRESS: '서울특별시 어딘가 1',
      REGISTRY_OPERATOR_PHONE: '02-000-0000',
      REGISTRY_OPERATOR_EMAIL: 'office@example.org',
    };
    expect(operatorContact('ko', env)).toMatchObject({ address: '서울특별시 어딘가 1', phone: '02-000-0000', email: 'office@example.org' });
    expect(operatorContact('en', env).address).toBe('서울특별시 어딘가 1');
    expect(operatorContact('en', { ...env, REGISTRY_OPERATOR_ADDRESS_EN: '1 Somewhere, Seoul' }).address).toBe('1 Somewhere, Seoul');
  });

  it('refuse a malformed e-mail address or telephone number rather than publish it', () => {
    expect(() => operatorContact('ko', { REGISTRY_OPERATOR_EMAIL: 'not an address' })).toThrow(/REGISTRY_OPERATOR_EMAIL/);
    expect(() => operatorContact('ko', { REGISTRY_OPERATOR_PHONE: 'call us' })).toThrow(/REGISTRY_OPERATOR_PHONE/);
  });
});
