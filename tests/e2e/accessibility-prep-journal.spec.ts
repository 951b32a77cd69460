import type { Page } from '@playwright/test';
import { expectNoViolationsLightAndDark } from './axe';
import { test, expect, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { JournalPage } from './pages/journal-page';

/** axe on the prep sheet, the 1:1 mode, this week's 1:1s and the Journal's lists and log form (issue 20), light and dark. */

async function seedSam(host: TestHost): Promise<string> {
  const dispatch = host.current.tend.dispatch;
  const saved = await dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam', role: 'Senior engineer' });
  if (!saved.ok) throw new Error(saved.error.message);
  const id = saved.value.id;
  await dispatch('people.save', { name: 'Priya Raman' });
  await dispatch('notes.save', { personId: id, body: '**On-call** rota felt heavy.\n- swap with Kofi', notedOn: '2026-11-20', mood: 2 });
  await dispatch('investments.log', { personId: id, minutes: 120, kind: 'one_on_one', day: '2026-11-16' });
  await dispatch('talkingPoints.save', { personId: id, text: 'Conference budget' });
  await dispatch('commitments.save', { personId: id, text: 'Send the rubric', dueOn: '2026-11-20' });
  await dispatch('commitments.save', { personId: id, text: 'A review of the rota', owner: 'them' });
  await dispatch('matters.save', { personId: id, what: 'Being heard', why: 'Felt overlooked in the launch' });
  await dispatch('journal.save', { day: '2026-11-20', body: 'Coffee with @Sam and @Priya Raman.', revision: 1 });
  await dispatch('journal.save', { day: '2026-11-23', body: 'Pairing with @Sam.', revision: 1 });
  return id;
}

type Scene = [name: string, reach: (page: Page, host: TestHost) => Promise<void>];

/** The prep sheet, then the 1:1 mode reached from it, as a leader gets there: one seed and page load serve both. */
const sheetThenFinish: Scene[] = [
  ['the prep sheet, one section folded', async (page, host) => {
    const id = await seedSam(host);
    await new AppFrame(page).open(`${host.current.url}#/prep/${id}`);
    await page.getByRole('button', { name: /^A year ago/ }).click();
  }],
  ['the 1:1 mode at Finish', async (page) => {
    await page.getByRole('button', { name: 'Start 1:1' }).click();
    await page.getByRole('checkbox', { name: 'Conference budget' }).check();
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByLabel('Minutes invested')).toHaveValue('120');
  }],
];

const scenes: Scene[] = [
  ['this week’s 1:1s with one done', async (page, host) => {
    const id = await seedSam(host);
    await host.current.tend.dispatch('investments.log', { personId: id, minutes: 30, kind: 'one_on_one' });
    await new AppFrame(page).open(`${host.current.url}#/prep`);
    await expect(page.getByRole('list', { name: 'Due this week, in order of need' })).toContainText('Done');
  }],
  ['the Journal with past entries and the log form open', async (page, host) => {
    await seedSam(host);
    const journal = new JournalPage(page);
    await journal.open(host.current.url);
    await expect(page.getByRole('region', { name: 'Past entries' }).getByRole('listitem')).toHaveCount(2);
    await journal.openLogTime();
  }],
];

test.describe('No accessibility violations on Prep and the Journal, light and dark', () => {
  test(sheetThenFinish.map(([name]) => name).join(', then '), async ({ page, host }) => {
    // The budget each had as a test of its own (test.slow()'s), for each of them.
    test.setTimeout(sheetThenFinish.length * 90_000);
    for (const [name, scene] of sheetThenFinish) {
      await test.step(name, async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        await scene(page, host);
        await expectNoViolationsLightAndDark(page, name);
      });
    }
  });

  for (const [name, scene] of scenes) {
    test(name, async ({ page, host }) => {
      // axe checks every node's contrast and name: seconds per page, more on a busy machine.
      test.slow();
      await page.emulateMedia({ colorScheme: 'light' });
      await scene(page, host);
      await expectNoViolationsLightAndDark(page, name);
    });
  }
});
