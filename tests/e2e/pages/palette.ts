import { expect, type Locator, type Page } from '@playwright/test';

/** The Ctrl/Cmd+K palette: a field (combobox) over a listbox of people, actions and text results. */
export class Palette {
  readonly dialog: Locator;
  readonly field: Locator;
  readonly results: Locator;
  readonly options: Locator;
  readonly highlighted: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Find' });
    this.field = this.dialog.getByRole('combobox');
    this.results = this.dialog.getByRole('listbox', { name: 'Results' });
    this.options = this.results.getByRole('option');
    this.highlighted = this.results.getByRole('option', { selected: true });
  }

  /** Opens it the way a leader does (Ctrl+K in Chromium on Linux) and waits for the field to take focus. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.field).toBeFocused();
  }

  group(name: string): Locator {
    return this.results.getByRole('group', { name });
  }

  /** Types into the field as a person would, key by key. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
}
