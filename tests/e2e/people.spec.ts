import { test, expect } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { PersonPage } from './pages/person-page';

test.describe('People', () => {
  test('a person added is still there after reloading the page', async ({ page, host }) => {
    const people = new PeoplePage(page);
    await people.frame.open(host.current.url);
    await people.goto();
    await expect(people.emptyState).toBeVisible();

    await people.addPerson({ name: 'Priya Natarajan', preferredName: 'Priya', role: 'Staff engineer', team: 'Platform' });
    await expect(people.frame.toast).toContainText('Priya Natarajan added to your team.');
    await expect(people.row('Priya Natarajan')).toContainText('Staff engineer · Platform');
    await expect(people.row('Priya Natarajan')).toContainText('Every 7 days');
    await expect(people.frame.teamMember('Priya Natarajan')).toBeVisible();

    await page.reload();
    await expect(people.heading).toBeVisible();
    await expect(people.row('Priya Natarajan')).toContainText('goes by Priya');
    await expect(people.frame.teamMember('Priya Natarajan')).toBeVisible();
  });

  test('a person added is still there after the host restarts on the same data', async ({ page, host }) => {
    // Adds through the form, closes and reopens the database and loads the app twice: genuinely long on a busy machine.
    test.slow();
    const people = new PeoplePage(page);
    await people.frame.open(host.current.url);
    await people.goto();
    await people.addPerson({
      name: 'Samuel Okafor',
      preferredName: 'Sam',
      pronunciation: 'oh-KAH-for',
      role: 'Senior engineer',
      team: 'Payments',
      startedOn: '2023-06-01',
      cadenceDays: '14',
    });

    const restarted = await host.restart();
    await people.frame.open(restarted.url);
    await people.frame.teamMember('Samuel Okafor').click();

    const person = new PersonPage(page);
    await person.expectPerson('Samuel Okafor');
    await expect(person.article).toContainText('Goes by Sam');
    await expect(person.article).toContainText('oh-KAH-for');
    await expect(person.article).toContainText('Senior engineer · Payments');
    await expect(person.article).toContainText('Started 1 Jun 2023');
    await expect(person.article).toContainText('Every 14 days');
  });

  test('bad input shows the message beside its field, keeps what was typed and saves nothing', async ({ page, host }) => {
    const people = new PeoplePage(page);
    await people.frame.open(host.current.url);
    await people.goto();

    const form = await people.openAddForm();
    await form.fill({ name: '   ', role: 'Designer', cadenceDays: '0' });
    await form.submit();
    await form.expectFieldError('name', 'Name cannot be empty.');
    await expect(form.field('name')).toBeFocused();
    await expect(form.field('role')).toHaveValue('Designer');
    await expect(form.field('cadenceDays')).toHaveValue('0');

    await form.fill({ name: 'Mei Lin Chen' });
    await form.submit();
    await form.expectFieldError('cadenceDays', 'Cadence must be at least 1 day.');
    await form.expectNoFieldError('name');
    await expect(form.field('name')).toHaveValue('Mei Lin Chen');

    await form.fill({ cadenceDays: '' });
    await form.submit();
    await form.expectFieldError('cadenceDays', 'Cadence must be a number of days.');

    await page.keyboard.press('Escape');
    await expect(form.dialog).toBeHidden();
    await expect(people.emptyState).toBeVisible();
    const stored = await host.current.tend.dispatch('people.list', { includeArchived: true });
    expect(stored).toEqual({ ok: true, value: [] });
  });

  test('editing a person updates their page, the list and the sidebar', async ({ page, host }) => {
    // Adding is tested above; here the person is seeded so the test is only about editing.
    const saved = await host.current.tend.dispatch('people.save', { name: 'Jonas Becker', role: 'Engineer', team: 'Platform' });
    if (!saved.ok) throw new Error(saved.error.message);
    const people = new PeoplePage(page);
    await people.frame.open(`${host.current.url}#/people/${saved.value.id}`);

    const person = new PersonPage(page);
    await person.expectPerson('Jonas Becker');
    const form = await person.openEditForm();
    await expect(form.field('name')).toHaveValue('Jonas Becker');
    await expect(form.field('role')).toHaveValue('Engineer');
    await expect(form.field('cadenceDays')).toHaveValue('7');
    await form.fill({ name: 'Jonas B. Becker', preferredName: 'Jo', role: 'Senior engineer', cadenceDays: '10' });
    await form.submit();
    await expect(form.dialog).toBeHidden();

    await person.expectPerson('Jonas B. Becker');
    await expect(person.article).toContainText('Goes by Jo');
    await expect(person.article).toContainText('Senior engineer · Platform');
    await expect(person.article).toContainText('Every 10 days');
    await expect(person.frame.teamMember('Jonas B. Becker')).toBeVisible();
    await expect(person.frame.teamMember('Jonas Becker')).toHaveCount(0);

    await page.reload();
    await person.expectPerson('Jonas B. Becker');
    await people.goto();
    await expect(people.row('Jonas B. Becker')).toContainText('Every 10 days');
  });

  test('archiving hides a person until they are restored', async ({ page, host }) => {
    for (const name of ['Aisha Rahman', 'Daniel Kim']) {
      const saved = await host.current.tend.dispatch('people.save', { name });
      expect(saved.ok).toBe(true);
    }
    const people = new PeoplePage(page);
    await people.frame.open(host.current.url);
    await people.goto();
    await expect(people.row('Aisha Rahman')).toBeVisible();

    await people.archive('Aisha Rahman');
    await expect(people.frame.toast).toContainText('Aisha Rahman archived.');
    await expect(people.row('Aisha Rahman')).toHaveCount(0);
    await expect(people.frame.teamMember('Aisha Rahman')).toHaveCount(0);
    await expect(people.row('Daniel Kim')).toBeVisible();
    await expect(people.archivedList).toBeHidden();

    await people.showArchived.check();
    await expect(people.archivedRow('Aisha Rahman')).toContainText('Archived');

    await people.restore('Aisha Rahman');
    await expect(people.row('Aisha Rahman')).toBeVisible();
    await expect(people.frame.teamMember('Aisha Rahman')).toBeVisible();
    await expect(people.archivedList).toBeHidden();
    await expect(people.frame.content.getByText('No one is archived.')).toBeVisible();
  });

  test('archiving from a person page shows the archived state, and undo brings them back', async ({ page, host }) => {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Olivia Brennan', preferredName: 'Liv' });
    if (!saved.ok) throw new Error(saved.error.message);
    const person = new PersonPage(page);
    await person.frame.open(`${host.current.url}#/people/${saved.value.id}`);
    await person.expectPerson('Olivia Brennan');

    await person.archiveButton.click();
    await expect(person.article).toContainText('Archived');
    await expect(person.restoreButton).toBeVisible();
    await expect(person.editButton).toHaveCount(0);
    await expect(person.frame.teamMember('Olivia Brennan')).toHaveCount(0);

    await person.frame.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(person.frame.toast).toContainText('Liv is back on your team.');
    await expect(person.editButton).toBeVisible();
    await expect(person.frame.teamMember('Olivia Brennan')).toBeVisible();
  });
});
