import type { AttentionForReminders } from '../../src/core/reminders/scheduler';
import { expect, test } from './fixtures';
import { AppFrame } from './pages/app-frame';

/**
 * A week lived with the app left open: the journal, open on Friday evening, is Monday's page on Monday
 * morning (it said "Today, Friday 27 November" until reloaded, and a line typed then went to Friday).
 */

/** Nobody to remind: the scheduler stays quiet, so the page shows only what the journal reads. */
const NOBODY: AttentionForReminders = { people: [], commitments: [], dates: [], reflectionWrittenToday: true, needingAttention: 0 };

test.use({ reminders: { startAt: '2026-11-27T23:00:00.000Z', attention: NOBODY } });

test('the journal left open over the weekend turns to Monday, and Friday keeps what was written on Friday', async ({ page, host }) => {
  test.setTimeout(30_000);
  const frame = new AppFrame(page);
  await frame.open(`${host.current.url}#/journal`);
  await expect(frame.pageHeading).toHaveText('Journal');
  const main = page.getByRole('main');
  await expect(main.getByText('Today, Friday 27 November')).toBeVisible();
  await main.getByRole('textbox').first().fill('Friday: a long week, Sam carried the release.');
  await expect(main.getByText('Saved', { exact: true })).toBeVisible();

  await host.moveClock('2026-11-30T13:30:00.000Z');
  await expect(main.getByText('Today, Monday 30 November')).toBeVisible();
  await expect(main.getByRole('textbox').first()).toHaveValue('');
  const friday = await host.current.tend.dispatch('journal.get', { day: '2026-11-27' });
  expect(friday.ok && friday.value.body).toBe('Friday: a long week, Sam carried the release.');
});

test('a Person page left open over the weekend words its days from Monday', async ({ page, host }) => {
  test.setTimeout(30_000);
  const person = await host.current.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
  if (!person.ok) throw new Error(person.error.message);
  const matter = await host.current.tend.dispatch('matters.save', { personId: person.value.id, what: 'Home for bedtime', why: 'Two small kids' });
  if (!matter.ok) throw new Error(matter.error.message);
  const frame = new AppFrame(page);
  await frame.open(`${host.current.url}#/people/${person.value.id}`);
  const main = page.getByRole('main');
  await expect(main.getByText('Noted today')).toBeVisible();

  // Monday morning, the window never closed: the page's clock and the host's both move on.
  await page.clock.setFixedTime(new Date('2026-11-30T13:30:00.000Z'));
  await host.moveClock('2026-11-30T13:30:00.000Z');
  await expect(main.getByText('Noted 3 days ago')).toBeVisible();
});
