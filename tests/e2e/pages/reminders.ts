import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from './app-frame';

/** Reminders as the user meets them: the toast, the Missed list on Today and the sidebar badge. */
export class RemindersUi {
  readonly frame: AppFrame;
  /** The in-app toast of a reminder (it has a title line). */
  readonly toast: Locator;
  readonly missed: Locator;
  readonly missedHeading: Locator;
  readonly badge: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.toast = page.getByRole('status').getByRole('group', { name: 'Notification' });
    this.missed = page.getByRole('region', { name: /you may have missed/ });
    this.missedHeading = this.missed.getByRole('heading', { level: 2 });
    this.badge = this.frame.mainNav.getByRole('link', { name: /^Today/ }).locator('.badge');
  }

  /** Opens the app and waits until its event stream is attached, so pushed reminders reach this tab. */
  async open(url: string): Promise<void> {
    const stream = this.page.waitForResponse((response) => response.url().includes('/api/events'));
    await this.frame.open(url);
    await stream;
  }

  missedItem(title: string | RegExp): Locator {
    return this.missed.getByRole('listitem').filter({ hasText: title });
  }

  async expectMissedCount(count: number): Promise<void> {
    if (count === 0) await expect(this.missed).toHaveCount(0);
    else await expect(this.missedHeading).toHaveText(`${count} ${count === 1 ? 'reminder' : 'reminders'} you may have missed`);
  }
}
