import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from './app-frame';

/** The Settings view: General and Reminders save as they change, each with a "Saved" line. */
export class SettingsPage {
  readonly frame: AppFrame;
  readonly general: Locator;
  readonly reminders: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.general = page.getByRole('region', { name: 'General' });
    this.reminders = page.getByRole('region', { name: 'Reminders' });
  }

  async open(url: string): Promise<void> {
    await this.frame.open(`${url}#/settings`);
    await expect(this.general).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  theme(name: 'System' | 'Light' | 'Dark'): Locator {
    return this.general.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  workday(name: string): Locator {
    return this.reminders.getByRole('checkbox', { name });
  }

  saved(section: Locator): Locator {
    return section.getByText('Saved', { exact: true });
  }

  /** Types a value and leaves the field, which is when a text field saves. */
  async enter(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.field(label).press('Tab');
  }

  /** The sentence shown beside a field (its aria-describedby error). */
  errorOf(label: string): Locator {
    return this.field(label).locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.error');
  }
}
