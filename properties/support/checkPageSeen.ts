import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where the page screenshots go: a test artifact, never committed (reports/ is ignored). */
export const SCREENSHOT_DIR = 'reports/pages';

/** The two widths a page is looked at: a ward PC and a phone. */
export const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** What a look at a page found wrong: axe's violations, overflowing elements, small targets. */
export interface PageProblems {
  violations: string[];
  overflow: string[];
  smallTargets: string[];
}

/**
 * Looks at a page state as a person would, at both widths: axe-core (WCAG 2.2 A and AA,
 * target size included) finds no violation, nothing is wider than the viewport (no sideways
 * scrolling on a phone), every control a finger or pointer hits is at least 24 x 24 px; and
 * saves a screenshot of each width to `reports/pages/<name>-<width>.png`, every part of the
 * page drawn (as a person scrolling to it sees it). The checks see the page as it is.
 * Why axe through `evaluate`: the pages' CSP refuses inline scripts, as it should.
 */
export async function checkPageSeen(page: Page, name: string): Promise<PageProblems> {
  const problems: PageProblems = { violations: [], overflow: [], smallTargets: [] };
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
    const found = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run(
              ctx: unknown,
              opts: unknown,
            ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
          };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      const width = document.documentElement.clientWidth;
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
      const overflow = [...document.querySelectorAll('body *')].flatMap((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 &&
          (r.right > width + 1 || r.left < -1) &&
          !el.closest('.visually-hidden, .skip')
          ? [`${describe(el)} spans ${Math.round(r.left)}-${Math.round(r.right)} of ${width} px`]
          : [];
      });
      if (document.documentElement.scrollWidth > width)
        overflow.unshift(`the page is ${document.documentElement.scrollWidth} px wide in ${width}`);
      const targets = [
        ...document.querySelectorAll('button, select, input, textarea, summary, a.call'),
      ].flatMap((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.width < 24 || r.height < 24)
          ? [`${describe(el)} is ${Math.round(r.width)} x ${Math.round(r.height)} px`]
          : [];
      });
      return {
        violations: result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        ),
        overflow,
        targets,
      };
    });
    problems.violations.push(...found.violations.map((v) => `${label}: ${v}`));
    problems.overflow.push(...found.overflow.map((v) => `${label}: ${v}`));
    problems.smallTargets.push(...found.targets.map((v) => `${label}: ${v}`));
    await screenshotAllDrawn(page, `${SCREENSHOT_DIR}/${name}-${size.width}.png`);
  }
  if (original) await page.setViewportSize(original);
  return problems;
}

/**
 * A full-page screenshot with every part drawn. Why: `content-visibility: auto` draws only what
 * is near the screen (the queue's thousand rows), and a full-page capture draws the whole page
 * at once, so it showed blank rows that a person scrolling there sees drawn.
 */
async function screenshotAllDrawn(page: Page, path: string): Promise<void> {
  const skipped = await page.evaluateHandle(() => {
    const found = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (el) => getComputedStyle(el).contentVisibility === 'auto',
    );
    for (const el of found) el.style.contentVisibility = 'visible';
    return found;
  });
  try {
    await page.screenshot({ path, fullPage: true });
  } finally {
    await skipped.evaluate((found) => {
      for (const el of found) el.style.removeProperty('content-visibility');
    });
    await skipped.dispose();
  }
}
