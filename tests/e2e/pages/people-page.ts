import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from './app-frame';
import { PersonForm, type PersonFields } from './person-form';

/** The People view: the active list, the archived list and the Add person dialog. */
export class PeoplePage {
  readonly frame: AppFrame;
  readonly heading: Locator;
  readonly activeList: Locator;
  readonly archivedList: Locator;
  readonly showArchived: Locator;
  readonly addButton: Locator;
  readonly emptyState: Locator;
  readonly form: PersonForm;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    const main = this.frame.content;
    this.heading = main.getByRole('heading', { name: 'People', level: 1 });
    this.activeList = main.getByRole('list', { name: 'Your team' });
    this.archivedList = main.getByRole('list', { name: 'Archived people' });
    this.showArchived = main.getByRole('switch', { name: 'Show archived' });
    this.addButton = main.getByRole('button', { name: 'Add person' }).first();
    this.emptyState = main.getByRole('heading', { name: 'No one here yet' });
    this.form = new PersonForm(page);
  }

  async goto(): Promise<void> {
    await this.frame.goTo('People');
    await expect(this.heading).toBeVisible();
  }

  /** A person's row in the active list, found by the link to their page. */
  row(name: string): Locator {
    return this.activeList.getByRole('listitem').filter({ has: this.page.getByRole('link', { name }) });
  }

  archivedRow(name: string): Locator {
    return this.archivedList.getByRole('listitem').filter({ has: this.page.getByRole('link', { name }) });
  }

  async openAddForm(): Promise<PersonForm> {
    await this.addButton.click();
    await expect(this.form.dialog).toBeVisible();
    return this.form;
  }

  async addPerson(fields: PersonFields & { name: string }): Promise<void> {
    const form = await this.openAddForm();
    await form.fill(fields);
    await form.submit();
    await expect(form.dialog).toBeHidden();
    await expect(this.row(fields.name)).toBeVisible();
  }

  async openPerson(name: string): Promise<void> {
    await this.row(name).getByRole('link').click();
  }

  async archive(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Archive ${name}` }).click();
  }

  async restore(name: string): Promise<void> {
    await this.archivedRow(name).getByRole('button', { name: `Restore ${name}` }).click();
  }
}
