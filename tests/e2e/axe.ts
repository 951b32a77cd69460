import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/**
 * The axe rules whose answer depends on colour. Every colour in Tend is written with light-dark(), so
 * switching the scheme changes colours and nothing else: a page already checked in full in one scheme
 * needs only these in the other. axe spends most of a scan on the rest (names, roles, structure).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type AxeWindow = { axe?: typeof axe };

/**
 * axe finds nothing on what the page shows now; the message lists each rule and where it failed.
 * `scope: 'colours'` is for the second scheme of a page whose structure was just checked.
 *
 * axe-core runs in the page directly, not through @axe-core/playwright: that wrapper injects the
 * whole axe source two or three times per scan and finishes each scan in a new blank tab (a new
 * renderer process), which cost 10–20 s a scan on a busy 2-core machine, more than the rules. Tend's
 * pages have no frames, which is all the wrapper adds; a page with one would fail here, not go unchecked.
 */
export async function expectNoViolations(page: Page, where: string, scope: 'all' | 'colours' = 'all'): Promise<void> {
  expect(page.frames(), `axe on ${where}: the page has frames this check does not enter`).toHaveLength(1);
  // Colours still easing after a theme change (hover and theme transitions) would be read half-way.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  // Once per document: the light and dark scans of one page share it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const found = await page.evaluate(async (rules) => {
    const { axe: inPage } = window as AxeWindow;
    if (!inPage) throw new Error('axe-core did not load in the page');
    // Only violations are read: axe then skips listing every node that passed.
    const { violations } = await inPage.run(document, { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) });
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, scope === 'colours' ? COLOUR_RULES : null);
  expect(found, `axe on ${where}`).toEqual([]);
}

/** The page's background colour: it tells which scheme the page is drawn in. */
export const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** axe in full in light (the scheme the page is in), then, once the page has turned dark, the colour rules in dark. */
export async function expectNoViolationsLightAndDark(page: Page, name: string): Promise<void> {
  await expectNoViolations(page, `${name} (light)`);
  // Every colour is written with light-dark(), so the same page is dark as soon as the system is.
  const light = await pageBackground(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => pageBackground(page)).not.toBe(light);
  await expectNoViolations(page, `${name} (dark)`, 'colours');
}
