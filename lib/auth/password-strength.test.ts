import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength';

describe('passwordWeakness', () => {
  it('refuses the issue’s examples and says why', () => {
    expect(passwordWeakness('aaaaaaaaaaaa')).toBe('passwordRepeat');
    expect(passwordWeakness('password1234')).toBe('passwordCommon');
  });

  it('refuses common passwords, keyboard rows and sequences of twelve characters and more', () => {
    for (const password of ['qwertyuiop123', '123456789012', 'abcdefghijkl', 'iloveyou1234', 'Password1234!']) {
      expect(passwordWeakness(password), password).not.toBeNull();
    }
  });

  it('refuses Korean words, in Hangul or typed with the keyboard left in Latin mode, and the account’s own words', () => {
    expect(passwordWeakness('dkssudgktpdy')).not.toBeNull(); // 안녕하세요
    expect(passwordWeakness('평생학습도시평생학습도시')).not.toBeNull();
    expect(passwordWeakness('kim.minji@city.go.kr', ['kim.minji@city.go.kr', 'Kim Minji'])).toBe('passwordPersonal');
  });

  it('accepts a long passphrase and a random string', () => {
    expect(passwordWeakness('correct horse battery staple')).toBeNull();
    expect(passwordWeakness('R7#vq2!LmZ9x@pT4')).toBeNull();
    expect(passwordWeakness('a long enough test password')).toBeNull();
  });
});
