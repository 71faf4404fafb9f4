// axe-core (WCAG 2.0/2.1 A and AA rules) over an extension page, for the browser tests.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's violations in `page`, one line each (rule, help, the nodes). `page.evaluate` runs through the
 * DevTools protocol, so the extension pages' CSP does not stop axe from being injected.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe;
    const result = await run.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, WCAG_TAGS);
}
