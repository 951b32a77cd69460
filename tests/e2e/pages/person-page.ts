import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from './app-frame';
import { PersonForm } from './person-form';

/** A person's page (#/people/<id>): the header and its actions. */
export class PersonPage {
  readonly frame: AppFrame;
  /** The page's article, named by the person's name; the header and later sections live in it. */
  readonly article: Locator;
  readonly name: Locator;
  readonly editButton: Locator;
  readonly archiveButton: Locator;
  readonly restoreButton: Locator;
  readonly form: PersonForm;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.article = this.frame.content.getByRole('article');
    this.name = this.frame.content.getByRole('heading', { level: 1 });
    this.editButton = this.frame.content.getByRole('button', { name: 'Edit' });
    this.archiveButton = this.frame.content.getByRole('button', { name: 'Archive' });
    this.restoreButton = this.frame.content.getByRole('button', { name: 'Restore' });
    this.form = new PersonForm(page);
  }

  async expectPerson(name: string): Promise<void> {
    await expect(this.name).toHaveText(name);
  }

  async openEditForm(): Promise<PersonForm> {
    await this.editButton.click();
    await expect(this.form.dialog).toBeVisible();
    return this.form;
  }
}
