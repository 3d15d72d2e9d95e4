import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUND, CHART_GRID, CHART_TEXT, CHART_TEXT_SOFT, contrastRatio, SERIES_COLOURS } from './palette';

describe('chart colours', () => {
  it('compute WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('give every bar at least 3:1 against the background (non-text contrast)', () => {
    for (const colour of SERIES_COLOURS) expect(contrastRatio(colour, CHART_BACKGROUND), colour).toBeGreaterThanOrEqual(3);
  });

  it('give text at least 4.5:1, including white value labels inside any bar', () => {
    expect(contrastRatio(CHART_TEXT, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART_TEXT_SOFT, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    for (const colour of SERIES_COLOURS) expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART_GRID, CHART_BACKGROUND)).toBeLessThan(3); // gridlines are decoration
  });
});
