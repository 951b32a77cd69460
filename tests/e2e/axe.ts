import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * The axe rules whose answer depends on colour. Every colour in Tend is written with light-dark(), so
 * switching the scheme changes colours and nothing else: a page already checked in full in one scheme
 * needs only these in the other. axe spends most of a scan on the rest (names, roles, structure).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe finds nothing on what the page shows now; the message lists each rule and where it failed.
 * `scope: 'colours'` is for the second scheme of a page whose structure was just checked.
 */
export async function expectNoViolations(page: Page, where: string, scope: 'all' | 'colours' = 'all'): Promise<void> {
  // Colours still easing after a theme change (hover and theme transitions) would be read half-way.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const builder = new AxeBuilder({ page });
  const { violations } = await (scope === 'colours' ? builder.withRules(COLOUR_RULES) : builder).analyze();
  const found = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${where}`).toEqual([]);
}
