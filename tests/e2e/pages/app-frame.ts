import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The first view of a fresh tab: the bundle parsed, the view mounted and its first reads answered.
 * The step that grows most on a busy 2-core machine (7–10 s measured at load 40), so it has its own
 * budget rather than every other expectation’s 5 s.
 */
const LANDING_BUDGET_MS = 15_000;

export type Section = 'Today' | 'Prep' | 'People' | 'Journal' | 'Search' | 'Insights' | 'Settings';

/** The window around every view: sidebar navigation, the team list, the content area and toasts. */
export class AppFrame {
  readonly mainNav: Locator;
  readonly teamNav: Locator;
  readonly content: Locator;
  readonly pageHeading: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.mainNav = page.getByRole('navigation', { name: 'Main' });
    this.teamNav = page.getByRole('navigation', { name: 'Team' });
    this.content = page.getByRole('main');
    // The first: This week's 1:1s shows the chosen person's prep sheet, which has its own, below it.
    this.pageHeading = this.content.getByRole('heading', { level: 1 }).first();
    // The toaster, not a view's own "Opening…" status line, which is a status too.
    this.toast = page.getByTestId('toaster');
  }

  /** Opens the app at the host's URL (which carries the token) and waits for the first view. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.pageHeading).toBeVisible({ timeout: LANDING_BUDGET_MS });
  }

  async goTo(section: Section): Promise<void> {
    const nav = section === 'Settings' ? this.page.getByRole('navigation', { name: 'App' }) : this.mainNav;
    await nav.getByRole('link', { name: section }).click();
  }

  /** A person's link in the sidebar's team list. */
  teamMember(name: string): Locator {
    return this.teamNav.getByRole('link', { name, exact: true });
  }
}
