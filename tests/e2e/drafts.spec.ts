import type { Person } from '../../src/shared/people';
import { test, expect, type TestHost } from './fixtures';
import { PersonPage } from './pages/person-page';

async function addPerson(host: TestHost, name: string): Promise<Person> {
  const saved = await host.current.tend.dispatch('people.save', { name });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value;
}

test.describe('Drafts are never lost', () => {
  test('a half-typed note survives going to another person and back, and a reload', async ({ page, host }) => {
    // Loads the app three times (navigation and reloads): long on a busy 2-core machine.
    test.slow();
    const priya = await addPerson(host, 'Priya Raman');
    await addPerson(host, 'Kofi Mensah');
    const person = new PersonPage(page);
    await person.goto(host.current.url, priya.id, 'Priya Raman');

    await person.timeline.getByRole('button', { name: /^New note/ }).click();
    await person.composer().getByLabel('Note', { exact: true }).fill('Talked about the move');
    await person.frame.teamMember('Kofi Mensah').click();
    await person.expectPerson('Kofi Mensah');
    // Kofi's page has no draft of Priya's.
    await expect(person.composer()).toHaveCount(0);

    await person.frame.teamMember('Priya Raman').click();
    await person.expectPerson('Priya Raman');
    await expect(person.composer().getByLabel('Note', { exact: true })).toHaveValue('Talked about the move');

    await page.reload();
    await person.expectPerson('Priya Raman');
    await expect(person.composer().getByLabel('Note', { exact: true })).toHaveValue('Talked about the move');
  });

  test('Esc closes the composer keeping the draft; Discard drops it and Undo brings it back', async ({ page, host }) => {
    // Loads the app three times (navigation and reloads): long on a busy 2-core machine.
    test.slow();
    const priya = await addPerson(host, 'Priya Raman');
    const person = new PersonPage(page);
    await person.goto(host.current.url, priya.id, 'Priya Raman');

    await person.timeline.getByRole('button', { name: /^New note/ }).click();
    const body = person.composer().getByLabel('Note', { exact: true });
    await body.fill('Half a thought');
    await body.press('Escape');
    await expect(person.composer()).toBeHidden();
    // Closed, not lost: still there after a reload, and the form stays closed until asked for.
    await page.reload();
    await person.expectPerson('Priya Raman');
    await expect(person.composer()).toHaveCount(0);
    await person.timeline.getByRole('button', { name: /^New note/ }).click();
    await expect(body).toHaveValue('Half a thought');

    await person.composer().getByRole('button', { name: 'Discard' }).click();
    await expect(person.composer()).toBeHidden();
    await expect(person.frame.toast).toContainText('Draft discarded.');
    await person.frame.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(body).toHaveValue('Half a thought');

    await person.composer().getByRole('button', { name: 'Discard' }).click();
    await page.reload();
    await person.expectPerson('Priya Raman');
    // Nothing was ever saved, and the discarded draft did not come back.
    await expect(person.timeline).toContainText('No notes about Priya yet');
    await person.timeline.getByRole('button', { name: /^New note/ }).click();
    await expect(body).toHaveValue('');
    await expect(person.composer().getByRole('button', { name: 'Cancel' })).toBeVisible();
  });

  test('an inline form left open is open again with what was typed after People and Back, and after a reload', async ({ page, host }) => {
    // Loads the app three times (navigation and reloads): long on a busy 2-core machine.
    test.slow();
    const priya = await addPerson(host, 'Priya Raman');
    const person = new PersonPage(page);
    await person.goto(host.current.url, priya.id, 'Priya Raman');

    await person.whatMatters.getByRole('button', { name: 'Add what matters' }).click();
    const form = person.inlineForm(person.whatMatters);
    await form.getByLabel(/^What matters to/).fill('Being home for bedtime');
    await form.getByLabel('Why it matters').fill('Her kids are 4 and 8');

    await person.frame.goTo('People');
    await expect(person.frame.pageHeading).toHaveText('People');
    await page.goBack();
    await person.expectPerson('Priya Raman');
    await expect(form.getByLabel(/^What matters to/)).toHaveValue('Being home for bedtime');
    await expect(form.getByLabel('Why it matters')).toHaveValue('Her kids are 4 and 8');

    await page.reload();
    await person.expectPerson('Priya Raman');
    await expect(form.getByLabel(/^What matters to/)).toHaveValue('Being home for bedtime');

  });

  test('saving ends a draft: nothing comes back after a reload', async ({ page, host }) => {
    const priya = await addPerson(host, 'Priya Raman');
    const person = new PersonPage(page);
    await person.goto(host.current.url, priya.id, 'Priya Raman');

    await person.whatMatters.getByRole('button', { name: 'Add what matters' }).click();
    const form = person.inlineForm(person.whatMatters);
    await form.getByLabel(/^What matters to/).fill('Being home for bedtime');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(person.matter('Being home for bedtime')).toBeVisible();
    await page.reload();
    await expect(person.matter('Being home for bedtime')).toBeVisible();
    await expect(person.inlineForm(person.whatMatters)).toHaveCount(0);
  });

  test('Esc on an inline edit keeps the draft; Discard asks nothing but offers Undo', async ({ page, host }) => {
    const priya = await addPerson(host, 'Priya Raman');
    const goal = await host.current.tend.dispatch('goals.save', { personId: priya.id, kind: 'goal', sphere: 'professional', title: 'Lead the Q1 launch' });
    expect(goal.ok).toBe(true);
    const person = new PersonPage(page);
    await person.goto(host.current.url, priya.id, 'Priya Raman');

    const item = person.goal('goal', 'Lead the Q1 launch');
    await item.getByRole('button', { name: 'Add progress' }).click();
    const form = item.getByRole('form');
    await form.getByLabel('Progress note').fill('Wrote the plan');
    await form.getByLabel('Progress note').press('Escape');
    await expect(form).toBeHidden();
    await item.getByRole('button', { name: 'Add progress' }).click();
    await expect(form.getByLabel('Progress note')).toHaveValue('Wrote the plan');

    await form.getByRole('button', { name: 'Discard' }).click();
    await expect(form).toBeHidden();
    await person.frame.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(form.getByLabel('Progress note')).toHaveValue('Wrote the plan');
    const stored = await host.current.tend.dispatch('people.profile', { id: priya.id });
    expect(stored.ok && stored.value.goals[0]?.progress).toEqual([]);
  });
});
