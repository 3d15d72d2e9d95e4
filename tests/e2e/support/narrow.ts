// What a 360 × 740 phone shows (issue 14): whether the page scrolls sideways, and whether any
// table cell splits a word. A cell must keep `overflow-wrap: normal` (and `word-break: keep-all`
// in Korean), and each word of its text — letters, digits and dots between them (a host name, a
// decimal), split where a line may legitimately break: spaces, punctuation, quotes, symbols —
// must lie on one line: the line boxes
// of the word's Range (Range.getClientRects) are measured, and a second line box below the first
// is a split ("해운/대구", "202/0"). Text a cell opts into breaking anywhere (a URL) and visually
// hidden text are left out. A table wider than its place must scroll inside a named, focusable
// region with a visible hint.
import type { Page } from '@playwright/test';

export const PHONE = { width: 360, height: 740 } as const;

/** How far the page scrolls sideways, in px (0 or less: it does not). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Every problem of the page's visible tables, as readable lines; empty when there is none. */
export async function tableProblems(page: Page, locale: string): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((locale) => {
    const problems: string[] = [];
    const BREAK_OPPORTUNITY = /[^\p{L}\p{N}\p{M}.]+/u;
    const isKorean = locale === 'ko';
    for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
      if (!table.checkVisibility()) continue;
      const caption = table.caption?.textContent?.trim() ?? '(no caption)';
      const region = table.closest<HTMLElement>('[role="region"]');
      if (!region || region.tabIndex !== 0 || !region.getAttribute('aria-label'))
        problems.push(`table "${caption}" is not in a named, focusable region`);
      else if (region.scrollWidth > region.clientWidth) {
        const hint = region.previousElementSibling;
        if (!(hint instanceof HTMLElement) || !hint.checkVisibility()) problems.push(`table "${caption}" scrolls without a visible hint`);
      }
      for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
        if (!cell.checkVisibility()) continue;
        const style = getComputedStyle(cell);
        const where = `"${caption}" cell "${cell.textContent?.trim().slice(0, 40)}"`;
        if (style.overflowWrap !== 'normal') problems.push(`${where}: overflow-wrap ${style.overflowWrap}`);
        if (isKorean && style.wordBreak !== 'keep-all') problems.push(`${where}: word-break ${style.wordBreak}`);
        if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${where}: content wider than the cell`);
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('.sr-only') || getComputedStyle(parent).overflowWrap === 'anywhere') continue;
          const text = node.textContent ?? '';
          let from = 0;
          for (const word of text.split(BREAK_OPPORTUNITY)) {
            const start = text.indexOf(word, from);
            from = start + word.length;
            if (word.length < 2) continue;
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            const boxes = [...range.getClientRects()].filter((box) => box.width > 0).sort((a, b) => a.top - b.top);
            const first = boxes[0];
            if (first && boxes.some((box) => box.top > first.top + first.height / 2))
              problems.push(`${where}: "${word}" is split across lines`);
          }
        }
      }
    }
    return problems;
  }, locale);
}
