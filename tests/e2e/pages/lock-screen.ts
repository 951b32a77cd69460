import { expect, type Locator, type Page } from '@playwright/test';

/** The lock screen (issue 24): the only thing a locked window shows. */
export class LockScreen {
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly unlockButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Tend is locked', level: 1 });
    this.passphrase = page.getByLabel('Passphrase');
    this.unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Every text and attribute the page holds, as one string: what a look at the DOM could read. */
  async wholeDom(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.outerHTML);
  }
}
