import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from './app-frame';

/** The Journal: one day's entry, its @mention list, its save status and "Log time for mentioned people". */
export class JournalPage {
  readonly frame: AppFrame;
  readonly editor: Locator;
  readonly mentions: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.editor = page.getByRole('textbox', { name: 'Reflection' });
    this.mentions = page.getByRole('listbox', { name: 'People to mention' });
    this.saveStatus = this.frame.content.getByRole('status');
  }

  async open(url: string, day?: string): Promise<void> {
    await this.frame.open(`${url}#/journal${day ? `/${day}` : ''}`);
    await expect(this.editor).toBeEditable();
  }

  /** Opens "Log time for mentioned people"; each person mentioned has a tick and their own minutes. */
  async openLogTime(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log time for mentioned people' }).click();
  }

  minutesWith(name: string): Locator {
    return this.page.getByRole('spinbutton', { name: `Minutes with ${name}` });
  }

  /** The same minutes with everyone mentioned. */
  async logTime(minutes: number): Promise<void> {
    await this.openLogTime();
    for (const field of await this.page.getByRole('spinbutton', { name: /^Minutes with / }).all()) await field.fill(String(minutes));
    await this.page.getByRole('button', { name: 'Log time', exact: true }).click();
  }
}
