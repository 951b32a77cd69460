import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from './app-frame';

export const PANELS = ['balance', 'weekly', 'kinds', 'follow-through', 'rhythm'] as const;

/** The Insights view: the period picker, its five panels, and the weekly chart with its table. */
export class InsightsPage {
  readonly frame: AppFrame;
  readonly period: Locator;
  readonly chart: Locator;
  readonly table: Locator;
  readonly toggle: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.period = page.getByRole('combobox', { name: 'Period' });
    this.chart = page.locator('[data-panel="weekly"] [data-view="chart"]');
    this.table = page.locator('[data-panel="weekly"] [data-view="table"]');
    this.toggle = page.locator('[data-panel="weekly"]').getByRole('button', { name: /Show as (table|chart)/ });
  }

  async goto(url: string): Promise<void> {
    await this.frame.open(`${url}#/insights`);
    await expect(this.frame.pageHeading).toHaveText('Insights');
    await expect(this.panel('balance')).toBeVisible();
  }

  panel(name: (typeof PANELS)[number]): Locator {
    return this.page.locator(`[data-panel="${name}"]`);
  }

  /** Each person's weekly minutes as the chart or the table holds them ('' for not on the team yet). */
  async weeklyMinutes(view: Locator): Promise<Record<string, string[]>> {
    return view.locator('[data-person]').evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-person')!,
          [...row.querySelectorAll('[data-minutes]')].filter((cell) => !cell.classList.contains('total')).map((cell) => cell.getAttribute('data-minutes')!),
        ]),
      ),
    );
  }
}
