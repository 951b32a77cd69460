import { teamCalendar } from '../fixtures/team-calendar';
import { expectNoViolations } from './axe';
import { test, expect, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { RemindersUi } from './pages/reminders';

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

async function investmentsOf(host: TestHost, personId: string) {
  const page = await ok(host.current.tend.dispatch('timeline.page', { personId, kinds: ['investment'] }));
  return page.items.flatMap((item) => (item.type === 'investment' ? [{ day: item.day, minutes: item.investment.minutes, kind: item.investment.kind }] : []));
}

test.describe('a week with the calendar, on the host’s own reminders', () => {
  /**
   * Monday 07:00 in New York, and no stand-in: the host plans from its own source (the database), as
   * it does for users. A team added today needs no one yet, so only the calendar brings a reminder.
   */
  test.use({ reminders: { startAt: '2026-11-23T12:00:00.000Z' } });

  test('set up a calendar from a file, confirm its 1:1s, see them in time order; its reminder comes 15 minutes before, and after it ends one click on Today logs it once', async ({ page, host }) => {
    // Four views, three axe runs, an upload and five moves of the host’s clock: 140 s measured at
    // load 30 on two cores. Each step waits on what it shows, never on time.
    test.setTimeout(180_000);
    const samId = await seedTeam(host);
    const ui = new RemindersUi(page);
    const frame = ui.frame;
    await ui.open(`${host.current.url}#/settings`);
    const section = page.getByRole('region', { name: 'Calendar' });
    await expect(section).toContainText('This is the only network request Tend ever makes');
    await section.getByLabel('Calendar file (.ics)').setInputFiles({ name: 'work.ics', mimeType: 'text/calendar', buffer: Buffer.from(teamCalendar()) });
    await expect(section).toContainText('work.ics');

    const review = section.getByRole('listitem');
    await expect(review).toHaveCount(3);
    await expect(review.first()).toContainText('1:1 Priya');
    await expect(review.nth(1).getByRole('combobox')).toHaveValue(/.+/);
    await expectNoViolations(page, 'Settings → Calendar with its review step');
    for (let left = 3; left > 0; left--) {
      await review.first().getByRole('button', { name: 'Confirm' }).click();
      await expect(review).toHaveCount(left - 1);
    }

    await frame.mainNav.getByRole('link', { name: 'Prep' }).click();
    const booked = page.getByRole('list', { name: 'Booked 1:1s, in time order' });
    await expect(booked.getByRole('listitem')).toHaveText([/Monday\s*8:00\sAM.*Priya Raman/, /Tuesday\s*2:00\sPM.*Samuel Okafor/, /Wednesday\s*10:00\sAM.*Kofi Mensah/]);
    await expect(page.getByRole('list', { name: 'Due with no 1:1 booked' })).toContainText('No 1:1 booked with Lena');
    await expectNoViolations(page, 'This week with booked 1:1s');

    await frame.open(`${host.current.url}#/people/${samId}`);
    await expect(page.getByRole('main')).toContainText(/Next 1:1 Tue 24 Nov, 2:00\sPM/);

    await ui.open(`${host.current.url}#/today`);
    // Priya (this morning), Sam and Kofi have a 1:1 booked this week: their own group, the booking named on the why-now line.
    const bookedGroup = page.locator('[data-group="booked"]');
    await expect(bookedGroup.getByRole('heading')).toContainText('1:1 booked');
    await expect(bookedGroup.getByTestId('today-row')).toHaveCount(3);
    await expect(bookedGroup).toContainText('1:1 booked today');
    await expect(bookedGroup).toContainText('1:1 booked tomorrow');
    await expect(bookedGroup).toContainText('1:1 booked Wednesday');
    await expectNoViolations(page, 'Today with a 1:1 booked group');

    // Tuesday 13:44, then 13:45: the reminder arrives at Sam's lead time, once.
    const reminder = ui.toast.filter({ hasText: '1:1 with Sam at 14:00' });
    await host.moveClock('2026-11-24T18:44:00.000Z');
    await expect(ui.toast.filter({ hasText: '1:1 with Sam' })).toHaveCount(0);
    await host.moveClock('2026-11-24T18:45:00.000Z');
    await expect(reminder).toHaveCount(1);
    await host.moveClock('2026-11-24T18:55:00.000Z');
    await expect(reminder).toHaveCount(1);

    // 14:31, the 1:1 over: the host asks once, and Today offers it; one click logs exactly one investment.
    await host.moveClock('2026-11-24T19:31:00.000Z');
    await expect(ui.toast.filter({ hasText: 'Log the 1:1 with Sam (30 min)?' })).toHaveCount(1);
    await page.clock.setFixedTime(new Date('2026-11-24T19:31:00.000Z'));
    await ui.open(`${host.current.url}#/today`);
    const offer = page.getByRole('region', { name: '1:1s to log' });
    await expect(offer).toHaveText(/Log the 1:1 with Sam \(30 min\)\?/);
    await offer.getByRole('button', { name: 'Log it' }).click();
    await expect(offer).toBeHidden();
    expect(await investmentsOf(host, samId)).toEqual([{ day: '2026-11-24', minutes: 30, kind: 'one_on_one' }]);

    // It does not come back: not on Today after a reload, not from the host ten minutes on.
    await host.moveClock('2026-11-24T19:41:00.000Z');
    await ui.open(`${host.current.url}#/today`);
    await expect(bookedGroup.getByTestId('today-row')).toHaveCount(1);
    await expect(bookedGroup).toContainText('1:1 booked tomorrow');
    await expect(offer).toHaveCount(0);
    await expect(ui.toast.filter({ hasText: 'Log the 1:1' })).toHaveCount(0);
    expect(await ok(host.current.tend.dispatch('schedule.offers', {}))).toEqual([]);
    expect(await investmentsOf(host, samId)).toHaveLength(1);
  });
});

test('the offer’s second choice opens prep’s meeting finish with the meeting’s minutes; logged there, it is not offered again', async ({ page, host }) => {
  test.setTimeout(60_000);
  await seedTeam(host);
  const { tend } = host.current;
  await ok(tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));
  for (const proposal of await ok(tend.dispatch('schedule.review', {}))) await ok(tend.dispatch('schedule.confirm', { uid: proposal.uid, personId: proposal.personId }));
  const priya = (await ok(tend.dispatch('people.list', {}))).find((person) => person.name === 'Priya Raman')!;

  // Monday 09:00: Priya's 1:1 ended at 08:30.
  const frame = new AppFrame(page);
  await frame.open(`${host.current.url}#/today`);
  const offer = page.getByRole('region', { name: '1:1s to log' });
  await expect(offer).toContainText('Log the 1:1 with Priya Raman (30 min)?');
  await expectNoViolations(page, 'Today with the offer to log a 1:1');
  await offer.getByRole('link', { name: 'Open the meeting finish' }).click();
  await expect(page).toHaveURL(new RegExp(`#/prep/${priya.id}$`));
  const meeting = page.getByRole('region', { name: '1:1 with Priya' });
  const minutes = meeting.getByRole('spinbutton', { name: 'Minutes invested' });
  await expect(minutes).toHaveValue('30');
  await expect(minutes).toBeFocused();
  await meeting.getByRole('textbox', { name: 'Notes' }).fill('Talked through the launch.');
  await meeting.getByRole('button', { name: 'Log the 1:1' }).click();
  await expect(frame.toast).toContainText('1:1 with Priya logged: 30 min invested.');

  await frame.goTo('Today');
  await expect(frame.pageHeading).toBeVisible();
  await expect(offer).toHaveCount(0);
  expect(await investmentsOf(host, priya.id)).toEqual([{ day: '2026-11-23', minutes: 30, kind: 'one_on_one' }]);
});
