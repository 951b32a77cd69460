import { expect, type Locator, type Page } from '@playwright/test';

export interface PersonFields {
  name?: string;
  preferredName?: string;
  pronunciation?: string;
  role?: string;
  team?: string;
  /** YYYY-MM-DD */
  startedOn?: string;
  cadenceDays?: string;
}

const LABELS: Record<keyof PersonFields, string> = {
  name: 'Name',
  preferredName: 'Preferred name',
  pronunciation: 'Pronunciation',
  role: 'Role',
  team: 'Team',
  startedOn: 'Started on',
  cadenceDays: 'Cadence',
};

/** The Add / Edit person dialog. */
export class PersonForm {
  readonly dialog: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.formError = this.dialog.getByRole('alert');
  }

  field(name: keyof PersonFields): Locator {
    return this.dialog.getByLabel(LABELS[name], { exact: true });
  }

  async fill(fields: PersonFields): Promise<void> {
    for (const [name, value] of Object.entries(fields) as [keyof PersonFields, string][]) {
      await this.field(name).fill(value);
    }
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Add person|Save changes)$/ }).click();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The contract's message is shown beside the field: linked by aria-describedby, field marked invalid. */
  async expectFieldError(name: keyof PersonFields, message: string): Promise<void> {
    const field = this.field(name);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(message)}`));
    await expect(this.dialog.getByText(message, { exact: true })).toBeVisible();
  }

  async expectNoFieldError(name: keyof PersonFields): Promise<void> {
    await expect(this.field(name)).not.toHaveAttribute('aria-invalid', 'true');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
