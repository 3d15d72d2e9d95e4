// Colours of the charts, after the site's KRDS tokens (app/globals.css). Every bar colour has at
// least 3:1 contrast with the white background (WCAG 2.2, 1.4.11 non-text contrast) and every
// text colour at least 4.5:1 (1.4.3); palette.test.ts checks both. Series are told apart by a
// label beside each bar as well, never by colour alone (1.4.1).
export const CHART_TEXT = '#1e2124';
export const CHART_TEXT_SOFT = '#464c53';
export const CHART_GRID = '#cdd1d5';
export const CHART_BACKGROUND = '#ffffff';

/** One colour per series, in order: primary blue, amber, green, violet, rose. */
export const SERIES_COLOURS = ['#0b50d0', '#a15c00', '#0a6e4f', '#6d28d9', '#be123c'] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour (WCAG 2.2 definition). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
