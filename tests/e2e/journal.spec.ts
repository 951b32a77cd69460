import { test, expect } from './fixtures';
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
    await journal.editor.pressSequentially('about the launch.');
    await expect(journal.saveStatus).toHaveText('Saved');

    await page.reload();
    await expect(journal.editor).toHaveValue('Coffee with @Samuel Okafor about the launch.');

    await journal.logTime(20);
    await expect(page.getByText('Logged 20 min with Sam.')).toBeVisible();
    const timeline = await host.current.tend.dispatch('timeline.page', { personId: saved.value.id });
    if (!timeline.ok) throw new Error(timeline.error.message);
    expect(timeline.value.items.map((item) => item.type).sort()).toEqual(['investment', 'journal']);
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
