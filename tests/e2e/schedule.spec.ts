import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { teamCalendar } from '../fixtures/team-calendar';
import { test, expect, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { RemindersUi } from './pages/reminders';
import { QUIET_TEAM, team } from '../unit/core/reminders/planner-fixtures';

/** The real 1:1 schedule (issue 22), on the web host. Today is Monday 23 November 2026, 09:00 in New York. */

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

async function seedTeam(host: TestHost): Promise<string> {
  const { tend } = host.current;
  const sam = await ok(tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam', email: 'sam.okafor@example.com' }));
  await ok(tend.dispatch('people.save', { name: 'Kofi Mensah' }));
  await ok(tend.dispatch('people.save', { name: 'Priya Raman' }));
  await ok(tend.dispatch('people.save', { name: 'Lena Vogel' }));
  return sam.id;
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${where}`).toEqual([]);
}

test('set up a calendar from a file, confirm its 1:1s, see them in time order, and log one from Today in one click', async ({ page, host }) => {
  // Three views and an upload on a loaded machine; each step waits on what it shows, never on time.
  test.setTimeout(90_000);
  const samId = await seedTeam(host);
  const frame = new AppFrame(page);
  await frame.open(`${host.current.url}#/settings`);
  const section = page.getByRole('region', { name: 'Calendar' });
  await expect(section).toContainText('This is the only network request Tend ever makes');
  await section.getByLabel('Calendar file (.ics)').setInputFiles({ name: 'work.ics', mimeType: 'text/calendar', buffer: Buffer.from(teamCalendar()) });
  await expect(section).toContainText('work.ics');

  const review = section.getByRole('listitem');
  await expect(review).toHaveCount(3);
  await expect(review.first()).toContainText('1:1 Priya');
  await expect(review.nth(1).getByRole('combobox')).toHaveValue(/.+/);
  await expectNoAxeViolations(page, 'Settings → Calendar with its review step');
  for (let left = 3; left > 0; left--) {
    await review.first().getByRole('button', { name: 'Confirm' }).click();
    await expect(review).toHaveCount(left - 1);
  }

  await frame.open(`${host.current.url}#/prep`);
  const booked = page.getByRole('list', { name: 'Booked 1:1s, in time order' });
  await expect(booked.getByRole('listitem')).toHaveText([/Monday\s*08:00.*Priya Raman/, /Tuesday\s*(14:00|02:00).*Samuel Okafor/, /Wednesday\s*10:00.*Kofi Mensah/]);
  await expect(page.getByRole('list', { name: 'Due with no 1:1 booked' })).toContainText('No 1:1 booked with Lena');
  await expectNoAxeViolations(page, 'This week with booked 1:1s');

  await frame.open(`${host.current.url}#/people/${samId}`);
  await expect(page.getByRole('main')).toContainText(/Next 1:1 Tue, Nov 24, 02:00\sPM/);

  await frame.open(`${host.current.url}#/today`);
  // Sam and Kofi have a 1:1 booked this week: their own group, the booking named on the why-now line.
  const bookedGroup = page.locator('[data-group="booked"]');
  await expect(bookedGroup.getByRole('heading')).toContainText('1:1 booked');
  await expect(bookedGroup.getByTestId('today-row')).toHaveCount(2);
  await expect(bookedGroup).toContainText('1:1 booked tomorrow');
  await expect(bookedGroup).toContainText('1:1 booked Wednesday');
  await expectNoAxeViolations(page, 'Today with a 1:1 booked group');
  const offer = page.getByRole('region', { name: '1:1s to log' });
  await expect(offer).toContainText('Log the 1:1 with Priya Raman (30 min)?');
  await offer.getByRole('button', { name: 'Log it' }).click();
  await expect(offer).toBeHidden();
  const logged = await host.current.tend.dispatch('schedule.offers', {});
  expect(logged).toEqual({ ok: true, value: [] });
});

test.describe('the reminder before a booked 1:1', () => {
  /** Monday 07:00 in New York, a quiet team: only the calendar's 1:1 can bring a reminder. */
  test.use({ reminders: { startAt: '2026-11-23T12:00:00.000Z', attention: { ...team(QUIET_TEAM), needingAttention: 0 } } });

  test('15 minutes before Sam’s 1:1 it arrives once, naming the time and what is open', async ({ page, host }) => {
    test.setTimeout(60_000);
    await seedTeam(host);
    const { tend } = host.current;
    await ok(tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));
    for (const proposal of await ok(tend.dispatch('schedule.review', {}))) await ok(tend.dispatch('schedule.confirm', { uid: proposal.uid, personId: proposal.personId }));
    // The planner reads the 1:1s through the core's own source; the fixture's team stays quiet.
    host.setAttention({ ...team(QUIET_TEAM), needingAttention: 0, oneOnOnes: tend.attentionForReminders().oneOnOnes ?? [] });

    const ui = new RemindersUi(page);
    await ui.open(`${host.current.url}#/settings`);
    await host.moveClock('2026-11-24T18:44:00.000Z');
    await expect(ui.toast.filter({ hasText: '1:1 with Sam' })).toHaveCount(0);
    await host.moveClock('2026-11-24T18:45:00.000Z');
    await expect(ui.toast.filter({ hasText: '1:1 with Sam at 14:00' })).toHaveCount(1);
    await host.moveClock('2026-11-24T18:55:00.000Z');
    await expect(ui.toast.filter({ hasText: '1:1 with Sam at 14:00' })).toHaveCount(1);
  });
});
