import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PersonPage } from './pages/person-page';

/**
 * Two windows editing one record (issue 19): the second save, made from a copy the first window's
 * save has overtaken, is refused; the form keeps what was typed and shows both versions, and the
 * user chooses. Nothing typed is lost and nothing is overwritten unseen.
 */

test.describe('Two tabs editing one record', () => {
  test.setTimeout(60_000);

  async function openMatterEditor(person: PersonPage, what: string) {
    await person.matter(what).getByRole('button', { name: `Edit “${what}”` }).click();
    const form = person.inlineForm(person.whatMatters);
    await expect(form.getByLabel(/^What matters to/)).toHaveValue(what);
    return form;
  }

  async function openPerson(page: Page, url: string, id: string): Promise<PersonPage> {
    const person = new PersonPage(page);
    await person.goto(url, id, 'Samuel Okafor');
    return person;
  }

  test('the second save of a matter shows both versions, keeps what was typed, and saves it only when asked', async ({ page, context, host }) => {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
    if (!saved.ok) throw new Error(saved.error.message);
    await host.current.tend.dispatch('matters.save', { personId: saved.value.id, what: 'Clear priorities', why: 'Too many asks' });

    const first = await openPerson(await context.newPage(), host.current.url, saved.value.id);
    const second = await openPerson(page, host.current.url, saved.value.id);
    const firstForm = await openMatterEditor(first, 'Clear priorities');
    const secondForm = await openMatterEditor(second, 'Clear priorities');

    await firstForm.getByLabel('Why it matters').fill('Said so in the retro');
    await firstForm.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(firstForm).toBeHidden();
    // The second tab's form still holds the copy it opened with.
    await secondForm.getByLabel(/^What matters to/).fill('Clear priorities, written down');
    await secondForm.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(secondForm.getByRole('alert')).toHaveText(/This changed in another window — review/);
    const versions = secondForm.getByRole('region', { name: 'Both versions' });
    await expect(versions.getByRole('row', { name: /What matters/ })).toContainText('Clear priorities, written down');
    await expect(versions.getByRole('row', { name: /What matters/ })).toContainText('Clear priorities');
    await expect(versions.getByRole('row', { name: /Why it matters/ })).toContainText('Too many asks');
    await expect(versions.getByRole('row', { name: /Why it matters/ })).toContainText('Said so in the retro');
    // Nothing typed is lost: the form still holds it, and nothing was saved over the other tab's edit.
    await expect(secondForm.getByLabel(/^What matters to/)).toHaveValue('Clear priorities, written down');
    const stored = await host.current.tend.dispatch('people.profile', { id: saved.value.id });
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value.matters.map((m) => [m.what, m.why])).toEqual([['Clear priorities', 'Said so in the retro']]);

    // Keep yours: saved over the newer version, as the user chose.
    await versions.getByRole('button', { name: 'Keep yours and save' }).click();
    await expect(secondForm).toBeHidden();
    await expect(second.matter('Clear priorities, written down')).toContainText('Too many asks');
    await expect(first.matter('Clear priorities, written down')).toBeVisible();
  });

  test('use theirs puts the other tab’s version in the form', async ({ page, context, host }) => {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Samuel Okafor' });
    if (!saved.ok) throw new Error(saved.error.message);
    await host.current.tend.dispatch('matters.save', { personId: saved.value.id, what: 'Autonomy' });

    const first = await openPerson(await context.newPage(), host.current.url, saved.value.id);
    const second = await openPerson(page, host.current.url, saved.value.id);
    const firstForm = await openMatterEditor(first, 'Autonomy');
    const secondForm = await openMatterEditor(second, 'Autonomy');
    await firstForm.getByLabel(/^What matters to/).fill('Autonomy at work');
    await firstForm.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(firstForm).toBeHidden();

    await secondForm.getByLabel(/^What matters to/).fill('Autonomy and trust');
    await secondForm.getByRole('button', { name: 'Save', exact: true }).click();
    await secondForm.getByRole('region', { name: 'Both versions' }).getByRole('button', { name: 'Use theirs' }).click();
    await expect(secondForm.getByLabel(/^What matters to/)).toHaveValue('Autonomy at work');
    await expect(secondForm.getByRole('region', { name: 'Both versions' })).toBeHidden();
    await secondForm.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(secondForm).toBeHidden();
    await expect(second.matter('Autonomy at work')).toBeVisible();
  });
});
