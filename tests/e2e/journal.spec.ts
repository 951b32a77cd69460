import { test, expect } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { JournalPage } from './pages/journal-page';

test.describe('Journal', () => {
  test('a reflection with a mention survives reload and can log time with that person', async ({ page, host }) => {
    // A whole journey (type, autocomplete, reload, log time, read the timeline): it ran 31 s once on a loaded 2-core machine.
    test.slow();
    const saved = await host.current.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
    if (!saved.ok) throw new Error(saved.error.message);
    await host.current.tend.dispatch('people.save', { name: 'Sandra Lee' });
    const journal = new JournalPage(page);
    await journal.open(host.current.url);

    await journal.editor.pressSequentially('Coffee with @sa');
    await expect(journal.mentions.getByRole('option')).toHaveText([/^Sam\s*Samuel Okafor/, /^Sandra Lee/]);
    await journal.editor.press('Enter');
    // A space typed out of habit after the chosen name is not doubled; a full stop goes against the name.
    await journal.editor.pressSequentially(' about the launch with @sa');
    await journal.editor.press('Enter');
    await journal.editor.pressSequentially('. Good.');
    await expect(journal.saveStatus).toHaveText('Saved');

    await page.reload();
    await expect(journal.editor).toHaveValue('Coffee with @Samuel Okafor about the launch with @Samuel Okafor. Good.');

    await journal.logTime(20);
    await expect(page.getByText('Logged 20 min with Sam.')).toBeVisible();
    const timeline = await host.current.tend.dispatch('timeline.page', { personId: saved.value.id });
    if (!timeline.ok) throw new Error(timeline.error.message);
    expect(timeline.value.items.map((item) => item.type).sort()).toEqual(['investment', 'journal']);
  });

  test('a person’s timeline under the Journal filter shows the journal line and says so, not the note count', async ({ page, host }) => {
    const dispatch = host.current.tend.dispatch;
    const saved = await dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
    if (!saved.ok) throw new Error(saved.error.message);
    const id = saved.value.id;
    await dispatch('notes.save', { personId: id, body: 'Launch retro went well.', notedOn: '2026-11-19' });
    await dispatch('notes.save', { personId: id, body: 'Asked about the conference budget.', notedOn: '2026-11-20' });
    const entry = await dispatch('journal.save', { day: '2026-11-20', body: 'Coffee with @Samuel Okafor.', revision: 1 });
    if (!entry.ok) throw new Error(entry.error.message);

    await new AppFrame(page).open(`${host.current.url}#/people/${id}`);
    const filters = page.getByRole('group', { name: 'Show in timeline' });
    await expect(page.getByText('2 notes · newest first')).toBeVisible();
    await filters.getByRole('button', { name: 'Journal' }).click();
    await expect(page.getByText('Only journal · newest first')).toBeVisible();
    await expect(page.getByText('2 notes · newest first')).toHaveCount(0);
    await expect(page.getByText('Coffee with Samuel Okafor.')).toBeVisible();
    await expect(page.getByText('Launch retro went well.')).toHaveCount(0);
  });

  test('opening a day and leaving it creates no entry', async ({ page, host }) => {
    const journal = new JournalPage(page);
    await journal.open(host.current.url, '2026-11-20');
    await journal.editor.click();
    await journal.frame.goTo('Today');
    await expect(journal.frame.pageHeading).toHaveText('Good morning');

    const month = await host.current.tend.dispatch('journal.month', { month: '2026-11' });
    expect(month.ok && month.value.days).toEqual([]);
  });

  test('the month grid starts each week on the day chosen in Settings', async ({ page, host }) => {
    const saved = await host.current.tend.dispatch('settings.set', { weekStart: 0 });
    if (!saved.ok) throw new Error(saved.error.message);
    const journal = new JournalPage(page);
    await journal.open(host.current.url);

    const calendar = page.getByRole('region', { name: 'Journal calendar' });
    await expect(calendar.getByRole('columnheader')).toHaveText(['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']);
    // 1 November 2026 is a Sunday: the first cell of the first week.
    await expect(calendar.getByRole('row').nth(1).getByRole('cell').first().getByRole('button')).toHaveAccessibleName('1 November 2026');
  });
});
