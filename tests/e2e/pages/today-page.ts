import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from './app-frame';

/** Today: the quick log at the top, the team ordered by need, the empty state and the sample banner. */
export class TodayPage {
  readonly frame: AppFrame;
  readonly quickLog: Locator;
  readonly rows: Locator;
  readonly names: Locator;
  readonly addFirstPerson: Locator;
  readonly loadSample: Locator;
  readonly sampleBanner: Locator;
  readonly quickLogDialog: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    const main = this.frame.content;
    this.quickLog = main.getByRole('textbox', { name: 'Quick log' });
    this.rows = main.getByTestId('today-row');
    this.names = this.rows.locator('a');
    this.addFirstPerson = main.getByRole('button', { name: 'Add your first person' });
    this.loadSample = main.getByRole('button', { name: 'Load a sample team' });
    this.sampleBanner = main.getByRole('note');
    this.quickLogDialog = page.getByRole('dialog', { name: 'Log time' });
  }

  async open(url: string): Promise<void> {
    await this.frame.open(url);
    await expect(this.frame.pageHeading).toBeVisible();
  }

  /** Types a line, waits for its chips, and saves it with Enter. */
  async log(line: string): Promise<void> {
    await this.quickLog.fill(line);
    await expect(this.frame.content.getByRole('list', { name: 'What Enter will save' })).toBeVisible();
    await this.quickLog.press('Enter');
    await expect(this.quickLog).toHaveValue('');
  }
}
