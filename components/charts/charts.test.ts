import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';
import { GroupedBarChart } from './grouped-bar-chart';

describe('server-rendered charts', () => {
  it('draw one labelled bar per value, as an image named by its title and description', () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        id: 'years',
        title: 'Totals per year',
        description: 'From 2022 to 2023; the table beside it has the numbers.',
        bars: [
          { key: '2022', label: '2022', value: 1_680_000_000, valueLabel: 'KRW 1.68 billion' },
          { key: '2023', label: '2023', value: 1_380_000_000, valueLabel: 'KRW 1.38 billion' },
        ],
      }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="years-title years-desc"');
    expect(html).toContain('<title id="years-title">Totals per year</title>');
    expect(html).toContain('<desc id="years-desc">');
    // Drawn twice: wide from 640 px up, narrow below (labels above the bars), one bar per value in each.
    expect(html.match(/<rect /g)).toHaveLength(4);
    expect(html).toContain('aria-labelledby="years-narrow-title years-narrow-desc"');
    expect(html).toContain('viewBox="0 0 320 ');
    expect(html.match(/KRW 1.38 billion/g)).toHaveLength(2);
    expect(html).not.toContain('<script');
  });

  it('draw a bar per series in every group, each named beside its bar and in the legend', () => {
    const html = renderToStaticMarkup(
      createElement(GroupedBarChart, {
        id: 'compare',
        title: '2023 against 2022',
        description: 'Per programme.',
        series: ['2022', '2023'],
        groups: [
          {
            key: 'new-city',
            label: 'New cities',
            values: [
              { value: 720, valueLabel: '720' },
              { value: 630, valueLabel: '630' },
            ],
          },
          {
            key: 'consortium',
            label: 'Consortia',
            values: [
              { value: 0, valueLabel: '0' },
              { value: 240, valueLabel: '240' },
            ],
          },
        ],
      }),
    );
    // 2 legend swatches + 2 groups × 2 bars
    expect(html.match(/<rect /g)).toHaveLength(6);
    expect(html.match(/>2023</g)).toHaveLength(3);
    expect(html).toContain('width="0"');
  });
});
