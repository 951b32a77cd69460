import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { PersonPage } from './pages/person-page';

/** axe finds nothing on what the page shows now; the message lists each rule and where it failed. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${where}`).toEqual([]);
}

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

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`No accessibility violations (${colorScheme})`, () => {
    // Each test runs axe on several views in one page: slower than one assertion, faster than a page per view.
    test.slow();

    test('every section with no data, and an unknown address', async ({ page, host }) => {
      await page.emulateMedia({ colorScheme });
      const frame = new AppFrame(page);
      await frame.open(host.current.url);
      await expectNoViolations(page, 'Today, empty');
      const views = [
        ['#/people', 'People'],
        ['#/journal', 'Journal'],
        ['#/search', 'Search'],
        ['#/insights', 'Insights'],
        ['#/settings', 'Settings'],
        ['#/nowhere', 'Nothing here'],
      ] as const;
      for (const [hash, heading] of views) {
        await page.locator('html').evaluate((html, to) => void (html.ownerDocument.location.hash = to), hash);
        await expect(frame.pageHeading).toHaveText(heading);
        await expectNoViolations(page, heading);
      }
    });

    test('Today, People and a person with nothing written yet', async ({ page, host }) => {
      await page.emulateMedia({ colorScheme });
      const saved = await host.current.tend.dispatch('people.save', { name: 'Kofi Mensah' });
      if (!saved.ok) throw new Error(saved.error.message);
      const person = new PersonPage(page);
      await person.frame.open(host.current.url);
      await expect(person.frame.content.getByRole('heading', { name: 'Your team' })).toBeVisible();
      await expectNoViolations(page, 'Today with people');
      await person.goto(host.current.url, saved.value.id, 'Kofi Mensah');
      await expect(person.whatMatters).toContainText('Nothing yet on what matters to Kofi');
      await expectNoViolations(page, 'Person, empty');
      await person.frame.goTo('People');
      await expect(person.frame.pageHeading).toHaveText('People');
      await expectNoViolations(page, 'People with people');
      await page.locator('html').evaluate((html) => void (html.ownerDocument.location.hash = '#/people/00000000-0000-4000-8000-000000000000'));
      await expect(person.frame.pageHeading).toHaveText('We couldn’t find this person');
      await expectNoViolations(page, 'Person not found');
    });

    test('a full person and the note composer', async ({ page, host }) => {
      await page.emulateMedia({ colorScheme });
      const id = await seed(host);
      const person = new PersonPage(page);
      await person.goto(host.current.url, id, 'Priya Raman');
      // The note and the goal's progress.
      await expect(person.timelineEntries).toHaveCount(2);
      await expectNoViolations(page, 'Person, full');

      await person.timeline.getByRole('button', { name: /^New note/ }).click();
      await person.composer().getByLabel('Note', { exact: true }).fill('Half a **thought**');
      await expectNoViolations(page, 'the note composer');
    });

    test('an inline form with an error, and the delete dialog', async ({ page, host }) => {
      await page.emulateMedia({ colorScheme });
      const id = await seed(host);
      const person = new PersonPage(page);
      await person.goto(host.current.url, id, 'Priya Raman');

      await person.goals.getByRole('button', { name: 'Add personal goal' }).click();
      const goalForm = person.inlineForm(person.goals);
      await goalForm.getByRole('button', { name: 'Add goal' }).click();
      await expect(goalForm.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, 'an inline form with an error');

      await person.openDeleteDialog();
      await expectNoViolations(page, 'the delete dialog');
    });
  });
}
