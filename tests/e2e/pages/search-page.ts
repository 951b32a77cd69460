import type { Locator, Page } from '@playwright/test';
import { AppFrame } from './app-frame';

/** The Search view: the box, the filter chips and menu, the order and grouping toggles, the results. */
export class SearchPage {
  readonly frame: AppFrame;
  readonly box: Locator;
  readonly addFilter: Locator;
  readonly status: Locator;
  readonly results: Locator;
  readonly hits: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.box = page.getByRole('searchbox', { name: 'Search your notes, journal and records' });
    this.addFilter = page.getByRole('combobox', { name: 'Add a filter' });
    this.status = page.locator('#search-status');
    this.results = this.frame.content.locator('.results');
    this.hits = this.results.locator('button.hit');
  }

  async open(url: string, query?: string): Promise<void> {
    await this.frame.open(`${url}#/search${query === undefined ? '' : `/${encodeURIComponent(query)}`}`);
  }

  chip(label: string): Locator {
    return this.page.getByRole('button', { name: `Remove filter: ${label}` });
  }

  toggle(name: 'Newest' | 'Best match' | 'Group by kind'): Locator {
    return this.frame.content.getByRole('button', { name, exact: true });
  }
}
