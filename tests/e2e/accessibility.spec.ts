import type { Page } from '@playwright/test';
import { expectNoViolationsLightAndDark, pageBackground } from './axe';
import { test, expect, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { PersonPage } from './pages/person-page';

async function seed(host: TestHost): Promise<string> {
  const dispatch = host.current.tend.dispatch;
  const saved = await dispatch('people.save', { name: 'Priya Raman', preferredName: 'Priya', role: 'Staff engineer', team: 'Platform', startedOn: '2021-06-01' });
  if (!saved.ok) throw new Error(saved.error.message);
  const id = saved.value.id;
  await dispatch('people.save', { name: 'Kofi Mensah' });
  await dispatch('matters.save', { personId: id, what: 'Being home for bedtime', why: 'Her kids are 4 and 8' });
  const goal = await dispatch('goals.save', { personId: id, kind: 'goal', sphere: 'professional', title: 'Lead the Q1 launch', targetOn: '2026-12-17' });
  if (goal.ok) await dispatch('progress.save', { goalId: goal.value.id, body: 'Wrote the plan', notedOn: '2026-11-20' });
  await dispatch('goals.save', { personId: id, kind: 'challenge', sphere: 'personal', title: 'Sleep since the baby' });
  await dispatch('details.save', { personId: id, kind: 'family', name: 'Maya', relation: 'daughter', birthday: '2018-12-01' });
  await dispatch('dates.save', { personId: id, kind: 'custom', title: 'Moves house', on: '2026-12-10' });
  await dispatch('notes.save', { personId: id, body: 'Talked through the **launch plan**.', notedOn: '2026-11-20', mood: 4 });
  return id;
}

/** Gets the page to one state; returns what to call it in a failure. */
type Scene = (page: Page, host: TestHost) => Promise<void>;

const UNKNOWN_PERSON = '00000000-0000-4000-8000-000000000000';

async function openAt(page: Page, host: TestHost, hash: string, heading: string | RegExp): Promise<void> {
  const frame = new AppFrame(page);
  await frame.open(`${host.current.url}${hash}`);
  await expect(frame.pageHeading).toHaveText(heading);
}

async function openPerson(page: Page, host: TestHost, full: boolean): Promise<PersonPage> {
  const person = new PersonPage(page);
  if (full) {
    const id = await seed(host);
    await person.goto(host.current.url, id, 'Priya Raman');
    // The note and the goal's progress.
    await expect(person.timelineEntries).toHaveCount(2);
  } else {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Kofi Mensah' });
    if (!saved.ok) throw new Error(saved.error.message);
    await person.goto(host.current.url, saved.value.id, 'Kofi Mensah');
    await expect(person.whatMatters).toContainText('Nothing yet on what matters to Kofi');
  }
  return person;
}

const scenes: [string, Scene][] = [
  ['Today with a team', async (page, host) => {
    await seed(host);
    await openAt(page, host, '#/today', 'Good morning');
    await expect(page.getByRole('main').getByRole('heading', { name: 'Your team' })).toBeVisible();
  }],
  ['People with people', async (page, host) => {
    await seed(host);
    await openAt(page, host, '#/people', 'People');
    await expect(page.getByRole('main').getByRole('link', { name: /Priya Raman/ }).first()).toBeVisible();
  }],
  ['Person, empty', async (page, host) => void (await openPerson(page, host, false))],
  ['the palette with actions and text results', async (page, host) => {
    await seed(host);
    await openAt(page, host, '#/today', 'Good morning');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('launch');
    await expect(page.getByRole('group', { name: 'In your notes' }).getByRole('option').first()).toBeVisible();
  }],
  ['Prep with the sample team, a person chosen by keyboard', async (page, host) => {
    await host.current.tend.dispatch('sample.load', {});
    await openAt(page, host, '#/prep', 'This week’s 1:1s');
    await page.keyboard.press('j');
    await expect(page.getByRole('region', { name: /prep sheet$/ }).getByRole('heading', { level: 2 }).first()).toBeVisible();
  }],
];

/**
 * The states of one full Person page, each reached from the one before on the same page: the page
 * alone, then an inline form with an error, an edit another window overtook, the note composer and
 * the delete dialog, each left open. One seeded host and one page load serve them all (each a test of
 * its own seeded and loaded the same person again); each is still scanned in full in light and for
 * colour in dark, with what the earlier ones left open on the page too.
 */
const PERSON_STATES: [name: string, reach: (page: Page, host: TestHost, person: PersonPage) => Promise<void>][] = [
  ['Person, full', async () => {}],
  ['an inline form with an error', async (_page, _host, person) => {
    await person.goals.getByRole('button', { name: 'Add personal goal' }).click();
    const goalForm = person.inlineForm(person.goals);
    await goalForm.getByRole('button', { name: 'Add goal' }).click();
    await expect(goalForm.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  }],
  ['an edit another window overtook', async (_page, host, person) => {
    const what = 'Being home for bedtime';
    await person.matter(what).getByRole('button', { name: `Edit “${what}”` }).click();
    const form = person.inlineForm(person.whatMatters);
    await form.getByLabel('Why it matters').fill('Her kids are 4 and 8, and she coaches on Fridays');
    // Another window saves the same record first.
    const team = await host.current.tend.dispatch('people.list', {});
    const priya = team.ok ? team.value.find((p) => p.name === 'Priya Raman') : undefined;
    if (!priya) throw new Error('the seeded person is missing');
    const profile = await host.current.tend.dispatch('people.profile', { id: priya.id });
    if (!profile.ok) throw new Error(profile.error.message);
    const matter = profile.value.matters.find((m) => m.what === what);
    if (!matter) throw new Error('the seeded matter is missing');
    await host.current.tend.dispatch('matters.save', { id: matter.id, expectedUpdatedAt: matter.updatedAt, personId: matter.personId, what, why: 'Bedtime is 7pm' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByRole('region', { name: 'Both versions' })).toBeVisible();
  }],
  ['the note composer', async (_page, _host, person) => {
    await person.timeline.getByRole('button', { name: /^New note/ }).click();
    await person.composer().getByLabel('Note', { exact: true }).fill('Half a **thought**');
  }],
  ['the delete dialog', async (_page, _host, person) => void (await person.openDeleteDialog())],
];

/**
 * The views of an empty folder, each with its address and the heading it lands on. They need nothing
 * seeded, so one host and one page visit them in turn, as the sidebar does, instead of a fresh host
 * and tab each: each is still scanned in full in light and for colour in dark.
 */
const EMPTY_VIEWS: [name: string, hash: string, heading: string | RegExp][] = [
  ['Today, empty', '#/today', 'Good morning'],
  ['People, empty', '#/people', 'People'],
  ['Person not found', `#/people/${UNKNOWN_PERSON}`, 'We couldn’t find this person'],
  ['Journal', '#/journal', 'Journal'],
  ['Search', '#/search', 'Search'],
  ['Insights', '#/insights', 'Insights'],
  ['Settings', '#/settings', 'Settings'],
  ['an unknown address', '#/nowhere', 'Nothing here'],
];


test.describe('No accessibility violations, light and dark', () => {
  for (const [name, scene] of scenes) {
    test(name, async ({ page, host }) => {
      // axe checks every node's contrast and name: seconds per page, more on a busy machine.
      test.slow();
      await page.emulateMedia({ colorScheme: 'light' });
      await scene(page, host);
      await expectNoViolationsLightAndDark(page, name);
    });
  }

  test('a full Person page, then its forms and dialog left open one after another', async ({ page, host }) => {
    // The budget each of these states had as a test of its own (test.slow()'s), for each of them.
    test.setTimeout(PERSON_STATES.length * 90_000);
    await page.emulateMedia({ colorScheme: 'light' });
    const person = await openPerson(page, host, true);
    const light = await pageBackground(page);
    for (const [name, reach] of PERSON_STATES) {
      await test.step(name, async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        await expect.poll(() => pageBackground(page)).toBe(light);
        await reach(page, host, person);
        await expectNoViolationsLightAndDark(page, name);
      });
    }
  });

  test('every view of an empty folder, then the keyboard shortcuts overlay', async ({ page, host }) => {
    // A scan in full and one for colour per view, on a busy 2-core machine: a budget for each view.
    test.setTimeout((EMPTY_VIEWS.length + 1) * 45_000);
    await page.emulateMedia({ colorScheme: 'light' });
    const frame = new AppFrame(page);
    await frame.open(host.current.url);
    const light = await pageBackground(page);
    for (const [name, hash, heading] of EMPTY_VIEWS) {
      await test.step(name, async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        await expect.poll(() => pageBackground(page)).toBe(light);
        await page.evaluate((to) => (location.hash = to), hash);
        await expect(frame.pageHeading).toHaveText(heading);
        await expectNoViolationsLightAndDark(page, name);
      });
    }
    await test.step('the keyboard shortcuts overlay', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => pageBackground(page)).toBe(light);
      await page.evaluate(() => (location.hash = '#/people'));
      await expect(frame.pageHeading).toHaveText('People');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolationsLightAndDark(page, 'the keyboard shortcuts overlay');
    });
  });
});
