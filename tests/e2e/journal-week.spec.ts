import { test, expect } from './fixtures';
import { JournalPage } from './pages/journal-page';

/** The Journal over a week (issue 20, items 11 and 16). Today is Monday 23 November 2026. */

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

test.describe('Log time for mentioned people', () => {
  test('the leader picks who and how long with each', async ({ page, host }) => {
    const { tend } = host.current;
    const sam = await ok(tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' }));
    const priya = await ok(tend.dispatch('people.save', { name: 'Priya Raman' }));
    const kofi = await ok(tend.dispatch('people.save', { name: 'Kofi Mensah' }));
    await ok(tend.dispatch('journal.save', { day: '2026-11-23', body: 'Long pairing with @Sam, a word with @Priya Raman, lunch with @Kofi Mensah.', revision: 1 }));

    const journal = new JournalPage(page);
    await journal.open(host.current.url);
    await journal.openLogTime();
    await expect(page.getByRole('group', { name: 'Log time with' }).getByRole('checkbox')).toHaveCount(3);
    await journal.minutesWith('Sam').fill('90');
    await journal.minutesWith('Priya').fill('10');
    await page.getByRole('checkbox', { name: 'Kofi' }).uncheck();
    await expect(journal.minutesWith('Kofi')).toBeDisabled();
    await page.getByLabel('Kind of time').selectOption({ label: 'Coaching' });
    await page.getByRole('button', { name: 'Log time', exact: true }).click();
    await expect(journal.frame.toast).toContainText('Logged 10 min with Priya and 1 h 30 with Sam.');

    const minutesOf = async (personId: string) =>
      (await ok(tend.dispatch('prep.forPerson', { personId }))).sinceLastTime.investments.map((item) => [item.minutes, item.kind]);
    expect(await minutesOf(sam.id)).toEqual([[90, 'coaching']]);
    expect(await minutesOf(priya.id)).toEqual([[10, 'coaching']]);
    expect(await minutesOf(kofi.id)).toEqual([]);
  });
});

test.describe('Past entries', () => {
  test('the Journal lists past entries besides the calendar; one opens its day; older ones come on asking', async ({ page, host }) => {
    const { tend } = host.current;
    await ok(tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' }));
    // Twelve entries: more than the first page holds.
    for (let n = 1; n <= 12; n++) {
      const day = `2026-11-${String(n + 10).padStart(2, '0')}`;
      await ok(tend.dispatch('journal.save', { day, body: `**Day ${n}**: coffee with @Sam.`, revision: 1 }));
    }
    const journal = new JournalPage(page);
    await journal.open(host.current.url);
    const past = page.getByRole('region', { name: 'Past entries' });
    const entries = past.getByRole('listitem');
    await expect(entries).toHaveCount(10);
    await expect(entries.first()).toContainText('22 Nov');
    await expect(entries.first()).toContainText('Day 12: coffee with Sam.');
    await expect(entries.first()).toContainText('with Sam');

    await past.getByRole('button', { name: 'Show older entries' }).click();
    await expect(entries).toHaveCount(12);
    await expect(past.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);

    await entries.filter({ hasText: '11 Nov' }).getByRole('link').click();
    await expect(journal.editor).toHaveValue('**Day 1**: coffee with @Sam.');
    await expect(entries.filter({ hasText: '11 Nov' }).getByRole('link')).toHaveAttribute('aria-current', 'page');
  });
});
