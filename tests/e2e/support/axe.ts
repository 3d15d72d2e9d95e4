// axe (WCAG 2.x A and AA, 2.2 AA) on the page as it is, serious and critical violations only.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The serious and critical violations on the page, as "rule: selectors" lines. Each of `parts`
 * (CSS selectors) is audited on its own and the rest of the page once without them: a long page
 * (a list of 230 local governments, a 4,000–10,000 px dashboard) is checked whole, in calls that
 * each take a bounded time on a busy machine.
 */
export async function seriousViolations(page: Page, { parts = [] }: { parts?: string[] } = {}): Promise<string[]> {
  for (const part of parts) {
    if ((await page.locator(part).count()) === 0) throw new Error(`Nothing on ${page.url()} matches the part "${part}" to audit.`);
  }
  const runs = [
    ...parts.map((part) => new AxeBuilder({ page }).withTags(TAGS).include(part)),
    parts.reduce((builder, part) => builder.exclude(part), new AxeBuilder({ page }).withTags(TAGS)),
  ];
  const found: string[] = [];
  for (const run of runs) {
    const results = await run.analyze();
    for (const violation of results.violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
      found.push(`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  return found;
}
