import { DISK_FULL_MESSAGE } from '../../src/core/errors';
import { test, expect } from './fixtures';
import { PersonPage } from './pages/person-page';

/**
 * Issue 19: a full disk answers `disk_full` with one sentence (tests/integration/backup/disk-full.test.ts
 * fills a real tmpfs for that). Here the page's side: the note typed stays in the form with the
 * sentence above it, and saves once space is freed. The host's answer is the one a full disk gives;
 * the page cannot fill the disk under the test host's data folder itself.
 */
test('a full disk keeps the note typed, says so in one sentence, and saves it once space is freed', async ({ page, host }) => {
  const saved = await host.current.tend.dispatch('people.save', { name: 'Sam Okafor' });
  if (!saved.ok) throw new Error(saved.error.message);
  const person = new PersonPage(page);
  await person.goto(host.current.url, saved.value.id, 'Sam Okafor');

  await person.timeline.getByRole('button', { name: /^New note/ }).click();
  const composer = person.composer();
  const text = 'Talked through the offsite and what she wants from the next quarter.';
  await composer.getByLabel('Note', { exact: true }).fill(text);
  await page.route('**/api/notes.save', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'disk_full', message: DISK_FULL_MESSAGE } }) }),
  );
  await composer.getByRole('button', { name: 'Add note' }).click();
  await expect(composer).toContainText(DISK_FULL_MESSAGE);
  await expect(composer.getByLabel('Note', { exact: true })).toHaveValue(text);

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await composer.getByRole('button', { name: 'Add note' }).click();
  await expect(person.timeline).toContainText(text);
  const timeline = await host.current.tend.dispatch('timeline.page', { personId: saved.value.id });
  expect(timeline.ok && timeline.value.items.some((item) => JSON.stringify(item).includes(text))).toBe(true);
});
