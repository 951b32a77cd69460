import type { WebHost } from '../../src/host/server';
import type { Person } from '../../src/shared/people';
import { test, expect } from './fixtures';
import { PersonPage } from './pages/person-page';

async function seedSam(host: WebHost): Promise<Person> {
  const saved = await host.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam', cadenceDays: 7 });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value;
}

test.describe('Investing time and following through on the Person page', () => {
  test('an overdue promise reads overdue in words and is ticked off into Done lately', async ({ page, host }) => {
    const sam = await seedSam(host.current);
    // The pinned day is Monday 23 November; a promise due the Friday before is 3 days overdue.
    await host.current.tend.dispatch('commitments.save', { personId: sam.id, text: 'Send the budget link', owner: 'me', dueOn: '2026-11-20' });
    const person = new PersonPage(page);
    await person.goto(host.current.url, sam.id, 'Samuel Okafor');

    const mine = person.commitments.getByTestId('commitments-me');
    await expect(mine).toContainText('Send the budget link');
    await expect(mine).toContainText('3 days overdue');
    // click, not check(): the row leaves the list as soon as it is done, before check() could read it back.
    await mine.getByRole('checkbox', { name: 'Mark “Send the budget link” done' }).click();
    await expect(mine).toContainText('Nothing promised to Sam right now.');
    await person.commitments.getByText('Done lately').click();
    await expect(person.commitments).toContainText('Done today');
  });

  test('a commitment added with a due day shows when it is due', async ({ page, host }) => {
    const sam = await seedSam(host.current);
    const person = new PersonPage(page);
    await person.goto(host.current.url, sam.id, 'Samuel Okafor');

    const theirs = person.commitments.getByTestId('commitments-them');
    await theirs.getByRole('button', { name: 'Add' }).click();
    const form = person.inlineForm(person.commitments);
    await form.getByLabel('What Sam will do').fill('Draft the promo case');
    await form.getByLabel('Due (optional)').fill('2026-11-25');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(theirs).toContainText('Draft the promo case');
    await expect(theirs).toContainText('Due in 2 days');
  });

  test('a queued talking point is still queued after a reload', async ({ page, host }) => {
    const sam = await seedSam(host.current);
    const person = new PersonPage(page);
    await person.goto(host.current.url, sam.id, 'Samuel Okafor');

    await person.talkingPoints.getByRole('button', { name: 'Add a talking point' }).click();
    await person.inlineForm(person.talkingPoints).getByLabel('What to raise').fill('How the offsite landed');
    await page.keyboard.press('Enter');
    await expect(person.talkingPoints.getByRole('checkbox', { name: 'Discussed “How the offsite landed”' })).toBeVisible();
    await expect(person.talkingPoints.getByRole('listitem')).toHaveCount(1);

    await page.reload();
    await person.expectPerson('Samuel Okafor');
    await expect(person.talkingPoints.getByRole('checkbox', { name: 'Discussed “How the offsite landed”' })).toBeVisible();
    await expect(person.talkingPoints.getByRole('listitem')).toHaveCount(1);
  });

  test('time logged from the header shows on the strip and the timeline', async ({ page, host }) => {
    const sam = await seedSam(host.current);
    const person = new PersonPage(page);
    await person.goto(host.current.url, sam.id, 'Samuel Okafor');
    await expect(person.invested).toContainText('Not yet');
    await expect(person.invested).toContainText('Nothing invested yet · every 7 days · nothing this month');

    await person.invested.getByRole('button', { name: 'Log time' }).click();
    const form = person.inlineForm(person.invested);
    await form.getByLabel('Minutes').fill('45');
    await form.getByLabel('Kind of time').selectOption('coaching');
    await form.getByLabel('Note (optional)').fill('Walked through the **promo** case');
    await form.getByRole('button', { name: 'Log time' }).click();

    await expect(person.invested).toContainText('Last invested today · every 7 days · 45 min this month');
    const entry = person.timelineEntries.filter({ hasText: 'Invested 45 min · Coaching' });
    await expect(entry).toBeVisible();
    await expect(entry.locator('strong')).toHaveText('promo');
  });
});
