import type { Locator, Page } from '@playwright/test';

/** Settings → Data: backups, export, import, and their dialogs. */
export class SettingsData {
  readonly section: Locator;
  readonly backups: Locator;
  readonly dialog: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Your data' });
    this.backups = this.section.getByRole('list', { name: 'Backups' }).getByRole('listitem');
    this.dialog = page.getByRole('dialog');
    this.toast = page.getByRole('group', { name: 'Notification' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/settings`);
    await this.section.getByRole('button', { name: 'Back up now' }).waitFor();
  }

  async backUpNow(): Promise<void> {
    await this.section.getByRole('button', { name: 'Back up now' }).click();
  }

  exportButton(index: number): Locator {
    return this.section.getByRole('list', { name: 'Export' }).getByRole('listitem').nth(index).getByRole('button', { name: 'Export' });
  }

  async chooseArchive(name: string, text: string): Promise<void> {
    await this.section.getByLabel('Tend archive file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async chooseRoster(name: string, text: string): Promise<void> {
    await this.section.getByLabel('Team roster file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }
}
