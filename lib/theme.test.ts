import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_COLOR } from './theme';

describe('the theme colour', () => {
  it('is the design tokens’ primary-900, the colour of the masthead’s navigation', () => {
    const css = readFileSync(path.resolve(import.meta.dirname, '../app/globals.css'), 'utf8');
    expect(css).toContain(`--color-primary-900: ${THEME_COLOR};`);
  });
});
